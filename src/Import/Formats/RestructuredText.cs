using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Turns the parts of a reStructuredText course page (Sphinx sites) that the importer reads into Markdown:
/// section titles, <c>.. list-table::</c> tables, and links. The rest passes through as text. Line numbers in
/// warnings then count lines of the converted page.
/// </summary>
internal sealed partial class RestructuredText : IPageFormat
{
    public string Name => "reStructuredText";

    public PageFormatKind Kind => PageFormatKind.Markup;

    public bool AppliesTo(PageText page) => IsRestructuredText(page.Source, page.FileName);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    private const string AdornmentCharacters = "=-~^*#+`'\":._";

    // NonBacktracking: pages are untrusted, and these run on every line.
    [GeneratedRegex(@"`([^`<]+?)\s*<([^>`]+)>`_{1,2}", RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    [GeneratedRegex(@":[a-z:]+:`(?:([^`<]+?)\s*<[^>`]+>|([^`]+))`", RegexOptions.NonBacktracking)]
    private static partial Regex Role();

    public static bool IsRestructuredText(string page, string? fileName) =>
        fileName is not null && (fileName.EndsWith(".rst", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".rst.txt", StringComparison.OrdinalIgnoreCase))
        || page.Contains("\n.. list-table::", StringComparison.Ordinal) || page.StartsWith(".. list-table::", StringComparison.Ordinal);

    public static string ToMarkdown(string page, CancellationToken cancellationToken = default)
    {
        var lines = page.Split('\n');
        var output = new List<string>();
        var styles = new List<string>(); // adornment styles in order of first use: the first is level 1
        int? quoteIndent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = Dedented(lines[i].TrimEnd().Replace("\t", "    "), ref quoteIndent);
            if (IsAdornment(line) && i + 2 < lines.Length && lines[i + 1].Trim().Length > 0 && lines[i + 2].TrimEnd() == line)
            {
                output.Add(Heading(styles, "over" + line[0], lines[i + 1].Trim()));
                i += 2;
            }
            else if (line.Length > 0 && !IsAdornment(line) && i + 1 < lines.Length && IsAdornment(lines[i + 1].TrimEnd())
                && lines[i + 1].TrimEnd().Length >= line.Trim().Length)
            {
                output.Add(Heading(styles, "under" + lines[i + 1][0], line.Trim()));
                i += 1;
            }
            else if (line.TrimStart().StartsWith(".. list-table::", StringComparison.Ordinal))
                i = ListTable(lines, i, output);
            else if (line.TrimStart().StartsWith("..", StringComparison.Ordinal))
                i = SkipIndentedBlock(lines, i); // a comment or another directive, with its indented body
            else
                output.Add(Inline(line));
        }
        return string.Join('\n', output);
    }

    /// <summary>
    /// An indented list ("\t+ M 10/12: Lesson 06") is a list inside a block quote in reStructuredText, but an indented
    /// code block in Markdown: the quote's indentation is taken off its lines, keeping the nesting inside it.
    /// </summary>
    private static string Dedented(string line, ref int? quoteIndent)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (line.Length == 0) return line;
        if (quoteIndent is { } quote && indent >= quote) return line[quote..];
        quoteIndent = null;
        if (indent > 0 && line.Length > indent + 1 && line[indent] is '-' or '+' or '*' && line[indent + 1] == ' ')
        {
            quoteIndent = indent;
            return line[indent..];
        }
        return line;
    }

    private static bool IsAdornment(string line) =>
        line.Length >= 3 && AdornmentCharacters.Contains(line[0]) && line.All(c => c == line[0]);

    private static string Heading(List<string> styles, string style, string title)
    {
        if (!styles.Contains(style)) styles.Add(style);
        return new string('#', Math.Min(styles.IndexOf(style) + 1, 6)) + " " + Inline(title);
    }

    private static string Inline(string text) =>
        Role().Replace(Link().Replace(text, "[$1]($2)"), match => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)
            .Replace("``", "`");

    /// <summary>Converts the list-table starting at <paramref name="start"/>; returns the index of its last line.</summary>
    private static int ListTable(string[] lines, int start, List<string> output)
    {
        var indent = Indent(lines[start]);
        var headerRows = 0;
        var rows = new List<List<StringBuilder>>();
        var i = start + 1;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0) continue;
            if (Indent(line) <= indent) break;
            var content = line.TrimStart();
            if (content.StartsWith(":header-rows:", StringComparison.Ordinal))
                int.TryParse(content[":header-rows:".Length..].Trim(), out headerRows);
            else if (content.StartsWith("* -", StringComparison.Ordinal) || content == "*")
                rows.Add([new StringBuilder(content.TrimStart('*').TrimStart().TrimStart('-').Trim())]);
            else if ((content.StartsWith("- ", StringComparison.Ordinal) || content == "-") && rows.Count > 0)
                rows[^1].Add(new StringBuilder(content[1..].Trim()));
            else if (rows.Count > 0 && !content.StartsWith(':'))
                rows[^1][^1].Append(' ').Append(content);
        }
        if (rows.Count == 0) return i - 1;
        var width = rows.Max(row => row.Count);
        string Row(List<StringBuilder> cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, width).Select(c => c < cells.Count ? Inline(cells[c].ToString()).Replace("|", "\\|") : "")) + " |";
        output.Add("");
        output.Add(headerRows > 0 ? Row(rows[0]) : Row([]));
        output.Add("|" + string.Concat(Enumerable.Repeat("---|", width)));
        output.AddRange(rows.Skip(Math.Min(headerRows, 1)).Select(Row));
        output.Add("");
        return i - 1;
    }

    private static int SkipIndentedBlock(string[] lines, int start)
    {
        var indent = Indent(lines[start]);
        var i = start + 1;
        while (i < lines.Length && (lines[i].Trim().Length == 0 || Indent(lines[i]) > indent)) i++;
        return i - 1;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;
}
