using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// A page's text made ready for Markdig, and parsed within the caps: well-formed UTF-16, no {{ site.baseurl }},
/// reStructuredText and HTML tables turned into Markdown, and no more pipes on a line than a table row has.
/// </summary>
internal static partial class PageSource
{
    /// <summary>A table row has a few cells; Markdig's pipe-table parser takes time quadratic in the '|' of one line.</summary>
    public const int MaxPipesPerLine = 512;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseDefinitionLists()
        .Build();

    // CriticMarkup (MkDocs): {--deleted--} is struck through, {++added++} is plain text. NonBacktracking: pages are untrusted.
    [GeneratedRegex(@"\{--(?<text>[^{}\n]{1,500}?)--\}", RegexOptions.NonBacktracking)]
    private static partial Regex CriticDeletion();

    [GeneratedRegex(@"\{\+\+(?<text>[^{}\n]{1,500}?)\+\+\}", RegexOptions.NonBacktracking)]
    private static partial Regex CriticAddition();

    // Kramdown attribute lists ("{:.card .bg-info}", "*x*{:.pull-left}") style the site; they are not course text.
    [GeneratedRegex(@"\{:[^{}\n]{0,200}\}", RegexOptions.NonBacktracking)]
    private static partial Regex KramdownAttributes();

    [GeneratedRegex(@"\{\{\s*site\.(?:baseurl|url)\s*\}\}")]
    private static partial Regex SiteUrlVariable();

    public static string Prepare(string page, string? fileName)
    {
        // Jekyll prefixes site links with {{ site.baseurl }}; without it they are site-relative links that
        // the base URL resolves. Removing it keeps every line where it was.
        var source = SiteUrlVariable().Replace(Core.Slides.SearchText.WellFormed(page).Replace("\r\n", "\n"), "");
        source = AsFrontMatterSchedule(TomlFrontMatterAsYaml(source), fileName);
        source = WithoutLiquidComments(source);
        if (source.Contains("{:", StringComparison.Ordinal)) source = KramdownAttributes().Replace(source, " ");
        if (RestructuredText.IsRestructuredText(source, fileName)) source = RestructuredText.ToMarkdown(source);
        else if (OrgMode.IsOrg(source, fileName)) source = OrgMode.ToMarkdown(source);
        else if (MdxComponents.IsMdx(source)) source = MdxComponents.ToMarkdown(source);
        else if (MystDirectives.Uses(source)) source = MystDirectives.ToMarkdown(source);
        if (source.Contains("{--", StringComparison.Ordinal) || source.Contains("{++", StringComparison.Ordinal))
            source = CriticAddition().Replace(CriticDeletion().Replace(source, "~~${text}~~"), "${text}");
        return KramdownTables.WithHeaders(HtmlTables.ToMarkdown(source));
    }

    /// <summary>
    /// Hugo's TOML front matter (<c>+++</c> fences, <c>key = "value"</c>) as the YAML the importer reads: its simple
    /// keys become <c>key: value</c> (TOML strings, numbers, booleans and arrays are YAML too); tables (<c>[menu]</c>)
    /// are left out. Lines stay where they were.
    /// </summary>
    private static string TomlFrontMatterAsYaml(string source)
    {
        if (!source.StartsWith("+++\n", StringComparison.Ordinal) || source.IndexOf("\n+++", 3, StringComparison.Ordinal) is not (> 0 and var end)) return source;
        var lines = source[4..end].Split('\n').Select(line => TomlKey().Match(line) is { Success: true } pair
            ? $"{pair.Groups["key"].Value}: {pair.Groups["value"].Value}" : "");
        return "---\n" + string.Join('\n', lines) + "\n---" + source[(end + 4)..];
    }

    // Unbounded repetitions: NonBacktracking is linear anyway, and counted ones ({0,2000}) grow its automaton past the limit.
    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+)\s*=\s*(?<value>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex TomlKey();

    /// <summary>
    /// A site's schedule data file (<c>_data/schedule.yml</c>) is the front matter of a page without a body: a YAML list
    /// of entries with dates is its schedule list (line numbers in warnings two more than in the file), a mapping is the
    /// front matter itself (one more).
    /// </summary>
    private static string AsFrontMatterSchedule(string source, string? fileName)
    {
        var isData = fileName is not null && (fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));
        if (!isData || source.TrimStart().StartsWith("---", StringComparison.Ordinal)) return source;
        // A list of entries is the schedule; a mapping (semester_start, weeks: …) is the front matter itself.
        var firstEntry = source.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0 && !line.StartsWith('#')) ?? "";
        return firstEntry.StartsWith('-')
            ? "---\nschedule:\n" + string.Join('\n', source.Split('\n').Select(line => "  " + line)) + "\n---\n"
            : "---\n" + source + "\n---\n";
    }

    /// <summary>
    /// What a {% comment %} … {% endcomment %} block holds is hidden on the site (drafts, next week's topics): it goes,
    /// its line breaks stay, so line numbers do not move. An unclosed block hides nothing.
    /// </summary>
    private static string WithoutLiquidComments(string source)
    {
        const string Open = "{% comment %}", Close = "{% endcomment %}";
        var start = source.IndexOf(Open, StringComparison.Ordinal);
        if (start < 0) return source;
        var output = new System.Text.StringBuilder(source.Length);
        var position = 0;
        while (start >= 0 && source.IndexOf(Close, start, StringComparison.Ordinal) is var end and >= 0)
        {
            output.Append(source, position, start - position).Append('\n', source.AsSpan(start, end - start).Count('\n'));
            position = end + Close.Length;
            start = source.IndexOf(Open, position, StringComparison.Ordinal);
        }
        return output.Append(source, position, source.Length - position).ToString();
    }

    /// <summary>
    /// A schedule has a few hundred rows and a few columns; Markdig's pipe-table parser takes time quadratic in the rows
    /// and cells of a table that has emphasis in it (10,000 rows: 8 s; 2,000 rows of 100 cells: 11 s), and at about 2,000 such rows stops at its depth
    /// limit, so longer runs of table lines, and runs with more cells, are refused.
    /// </summary>
    public const int MaxTableRows = 1_000;
    public const int MaxTableCells = 20_000;

    public static MarkdownDocument Parse(string source)
    {
        var line = 1;
        var pipes = 0;
        var (tableLines, tableCells) = (0, 0);
        foreach (var c in source)
        {
            if (c == '\n')
            {
                (tableLines, tableCells) = pipes > 0 ? (tableLines + 1, tableCells + pipes) : (0, 0);
                if (tableLines > MaxTableRows || tableCells > MaxTableCells)
                    throw new CoursePageException($"Line {line}: a table of more than {MaxTableRows:N0} rows or {MaxTableCells:N0} cells; a course schedule has far fewer.");
                (line, pipes) = (line + 1, 0);
            }
            else if (c == '|' && ++pipes > MaxPipesPerLine)
                throw new CoursePageException($"Line {line}: more than {MaxPipesPerLine} '|' on one line; a table row has far fewer cells.");
        }
        try
        {
            return Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException) // Markdig's depth limit: block quotes or lists nested over 128 deep
        {
            throw new CoursePageException("The page nests block quotes, lists or emphasis too deeply to be read; no course page needs that.");
        }
    }
}
