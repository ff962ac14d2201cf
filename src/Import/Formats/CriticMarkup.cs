using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>CriticMarkup (MkDocs): {--deleted--} is struck through, {++added++} is plain text.</summary>
internal sealed partial class CriticMarkup : IPageFormat
{
    [GeneratedRegex(@"\{--(?<text>[^{}\n]{1,500}?)--\}", RegexOptions.NonBacktracking)]
    private static partial Regex Deletion();

    [GeneratedRegex(@"\{\+\+(?<text>[^{}\n]{1,500}?)\+\+\}", RegexOptions.NonBacktracking)]
    private static partial Regex Addition();

    public string Name => "CriticMarkup";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => page.Source.Contains("{--", StringComparison.Ordinal) || page.Source.Contains("{++", StringComparison.Ordinal);

    public string Convert(PageText page) => Addition().Replace(Deletion().Replace(page.Source, "~~${text}~~"), "${text}");
}
