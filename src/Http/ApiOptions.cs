using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Http;

public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>How long browsers and CDNs may reuse a response before revalidating it with its ETag.</summary>
    [Range(0, 365 * 24 * 60 * 60)]
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// The API's public base URL (e.g. https://courses.example.edu/api) for links in responses.
    /// When unset, links are built from the request, honouring X-Forwarded-Proto.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>A GET or HEAD waits at most this long for storage; then it is served from memory, or 503.</summary>
    [Range(0.1, 60)]
    public double ReadDeadlineSeconds { get; set; } = 2;

    /// <summary>A write waits at most this long for storage; then 503, and the write is not acknowledged.</summary>
    [Range(0.1, 120)]
    public double WriteDeadlineSeconds { get; set; } = 5;
}
