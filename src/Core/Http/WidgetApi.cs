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

    /// <summary>The script and its tag, read and hashed once: the body never changes while the app runs.</summary>
    private static readonly Lazy<(byte[] Body, string EntityTag)> Script = new(ReadScript);

    public IApiResult GetScript() => ApiResult.Script(Script.Value.Body, Script.Value.EntityTag, CacheMaxAgeSeconds);

    private static (byte[], string) ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly does not embed {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var body = copy.ToArray();
        return (body, EntityTag.ForBody(body));
    }
}
