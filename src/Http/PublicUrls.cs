using Microsoft.AspNetCore.Http;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http;

/// <summary>Absolute links for responses. Behind a proxy the request's own scheme and host are not the public ones.</summary>
public static class PublicUrls
{
    public static string ApiBase(HttpRequest request, ApiOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)) return options.PublicBaseUrl.TrimEnd('/');
        var forwardedScheme = FirstValue(request.Headers["X-Forwarded-Proto"]);
        var scheme = forwardedScheme is "https" or "http" ? forwardedScheme : request.Scheme;
        // X-Forwarded-Host is not trusted: any client can send it, and these responses are publicly cacheable.
        var host = request.Host.HasValue ? request.Host.Value : "localhost";
        return $"{scheme}://{host}{request.PathBase}/{ApiRoutes.Prefix}";
    }

    private static string? FirstValue(string? header) =>
        string.IsNullOrWhiteSpace(header) ? null : header.Split(',')[0].Trim();
}
