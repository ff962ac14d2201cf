using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Jekyll prefixes site links with {{ site.baseurl }}; without it they are site-relative links that the base URL
/// resolves. Removing it keeps every line where it was.
/// </summary>
internal sealed partial class JekyllSiteUrls : IPageFormat
{
    [GeneratedRegex(@"\{\{\s*site\.(?:baseurl|url)\s*\}\}", RegexOptions.NonBacktracking)]
    private static partial Regex SiteUrlVariable();

    public string Name => "Jekyll site URLs";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => page.Source.Contains("{{", StringComparison.Ordinal);

    public string Convert(PageText page) => SiteUrlVariable().Replace(page.Source, "");
}
