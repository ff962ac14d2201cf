using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>Kramdown attribute lists ("{:.card .bg-info}", "*x*{:.pull-left}") style the site; they are not course text.</summary>
internal sealed partial class KramdownAttributes : IPageFormat
{
    [GeneratedRegex(@"\{:[^{}\n]{0,200}\}", RegexOptions.NonBacktracking)]
    private static partial Regex AttributeList();

    public string Name => "kramdown attribute lists";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => page.Source.Contains("{:", StringComparison.Ordinal);

    public string Convert(PageText page) => AttributeList().Replace(page.Source, " ");
}
