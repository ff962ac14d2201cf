using System.Reflection;

namespace CourseFunctions.Core.Http;

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

    private static readonly Lazy<byte[]> Script = new(ReadScript);

    public IApiResult GetScript() => ApiResult.Script(Script.Value, CacheMaxAgeSeconds);

    private static byte[] ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly does not embed {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
