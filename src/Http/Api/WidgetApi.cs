using System.Reflection;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http.Api;

/// <summary>
/// Serves the course widget (web/course-widget.js) from the API itself, so an instructor's static site
/// needs nothing but two lines pointing at the Function App it already uses.
/// </summary>
public sealed class WidgetApi
{
    public const string ResourceName = "web/course-widget.js";

    /// <summary>
    /// Short, because the URL carries no version: a redeployed widget reaches visitors within minutes,
    /// and in between the ETag makes each revalidation a 304.
    /// </summary>
    public const int CacheMaxAgeSeconds = 300;

    /// <summary>The script with its tag and compressed variants, built once: the body never changes while the app runs.</summary>
    private static readonly Lazy<RenderedBody> Script = new(() => RenderedBody.Script(ReadScript()));

    public IApiResult GetScript() => ApiResult.Rendered(Script.Value, CacheMaxAgeSeconds);

    private static byte[] ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly does not embed {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
