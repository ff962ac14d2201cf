namespace CourseFunctions.Core.Courses;

/// <summary>
/// URLs as a web page means them. On Linux, .NET parses a site path such as "/assets/x.pdf" as an
/// absolute file:// URI; for a course page it is a link relative to the site.
/// </summary>
public static class WebUrl
{
    /// <summary>The URL when it is an absolute http(s) URL, else null.</summary>
    public static Uri? Absolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>
    /// True for a link that is safe to put in an href on the course site: http, https or mailto, or relative to
    /// the site (a path, query or fragment). Any other scheme (javascript:, data:, vbscript:…) is refused. The
    /// scheme is found as browsers find it (the text before a ':' that comes before any '/', '?' or '#'), after
    /// refusing control characters, which browsers strip ("java	script:" runs as javascript:).
    /// </summary>
    public static bool IsSafeLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        var text = url.Trim();
        if (text.Any(char.IsControl)) return false;
        var colon = text.IndexOf(':');
        var pathStart = text.IndexOfAny(['/', '?', '#', '\\']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon)) return true;
        return text[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    /// <summary>True for a link relative to the site (no scheme, or the file:// misreading of a site path).</summary>
    public static bool IsSiteRelative(string url) =>
        !url.StartsWith('#') && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile);
}
