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

    /// <summary>True for a link relative to the site (no scheme, or the file:// misreading of a site path).</summary>
    public static bool IsSiteRelative(string url) =>
        !url.StartsWith('#') && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile);
}
