using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Http;

public sealed class ApiOptions : IValidatableObject
{
    public const string SectionName = "Api";

    /// <summary>How long browsers and CDNs may reuse a response before revalidating it with its ETag.</summary>
    [Range(0, 365 * 24 * 60 * 60)]
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// The API's public base URL (e.g. https://courses.example.edu/api) for links in responses. Bicep sets it from the
    /// function app's default hostname. When unset, the host's own address is used, never the request's Host.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Other hosts of the same API (a custom domain beside the default one), comma-separated, e.g.
    /// <c>courses.example.edu,api.example.edu:8443</c>. A request whose Host is one of them gets links on that host,
    /// with <see cref="PublicBaseUrl"/>'s scheme and path; any other Host gets <see cref="PublicBaseUrl"/>.
    /// </summary>
    public string AllowedHosts { get; set; } = "";

    /// <summary>A GET or HEAD waits at most this long for storage; then it is served from memory, or 503.</summary>
    [Range(0.1, 60)]
    public double ReadDeadlineSeconds { get; set; } = 2;

    /// <summary>A write waits at most this long for storage; then 503, and the write is not acknowledged.</summary>
    [Range(0.1, 120)]
    public double WriteDeadlineSeconds { get; set; } = 5;

    public IReadOnlyList<string> Hosts() =>
        AllowedHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Allowed hosts take their scheme and path from the public base URL: without it they would mean nothing.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Hosts().Count > 0 && string.IsNullOrWhiteSpace(PublicBaseUrl))
            yield return new ValidationResult("Api:AllowedHosts needs Api:PublicBaseUrl, whose scheme and path its hosts take.", [nameof(AllowedHosts)]);
    }
}
