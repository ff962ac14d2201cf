using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Turns the parts of a reStructuredText course page (Sphinx sites) that the importer reads into Markdown:
/// section titles, <c>.. list-table::</c> and grid tables, and links. The rest passes through as text. Line numbers in
/// warnings then count lines of the converted page.
/// </summary>
internal sealed partial class RestructuredText : IPageFormat
{
    public string Name => "reStructuredText";

    public PageFormatKind Kind => PageFormatKind.Markup;

    public bool AppliesTo(PageText page) => IsRestructuredText(page.Source, page.FileName);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    private const string AdornmentCharacters = "=-~^*#+`'\":._";

    /// <summary>A grid wider than this is no schedule: its border stays text (and a hostile one costs no cells per row).</summary>
    private const int MaxGridColumns = 64;

    // NonBacktracking: pages are untrusted, and these run on every line.
    [GeneratedRegex(@"`([^`<]+?)\s*<([^>`]+)>`_{1,2}", RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    [GeneratedRegex(@":[a-z:]+:`(?:([^`<]+?)\s*<[^>`]+>|([^`]+))`", RegexOptions.NonBacktracking)]
    private static partial Regex Role();

    /// <summary>A grid table's border: "+----+-----+", or "+====+=====+" under its header.</summary>
    [GeneratedRegex(@"^\+(?:-+\+)+$|^\+(?:=+\+)+$", RegexOptions.NonBacktracking)]
    private static partial Regex GridBorder();

    public static bool IsRestructuredText(string page, string? fileName) =>
        fileName is not null
        && (fileName.EndsWith(".rst", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".rst.txt", StringComparison.OrdinalIgnoreCase))
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
            else if (GridBorder().IsMatch(line.Trim()) && line.Count(c => c == '+') <= MaxGridColumns + 1)
                i = GridTable(lines, i, output, cancellationToken);
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

    /// <summary>
    /// Converts the grid table whose top border is at <paramref name="start"/>; returns the index of its last line. The
    /// top border's "+" marks the columns; a row runs from border to border, its cells' lines joined. The rows above a
    /// "+===+" border are the header; without one, a first row with no digit is taken as the header (pages write "Week |
    /// Date | Topic" so), else the table gets an empty header. Cells that span columns keep their text in the first.
    /// </summary>
    private static int GridTable(string[] lines, int start, List<string> output, CancellationToken cancellationToken)
    {
        var indent = Indent(lines[start]);
        var border = lines[start].Trim();
        var edges = Enumerable.Range(0, border.Length).Where(index => border[index] == '+').ToList();
        var width = edges.Count - 1;
        var rows = new List<string[]>();
        var headerRows = 0;
        List<StringBuilder>? row = null;
        var i = start + 1;
        for (; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = lines[i].TrimEnd().Replace("\t", "    ");
            var line = Indent(text) >= indent ? text[indent..] : text.TrimStart();
            if (GridBorder().IsMatch(line))
            {
                if (row is not null) rows.Add([.. row.Select(cell => cell.ToString().Trim())]);
                if (line.Contains('=', StringComparison.Ordinal)) headerRows = rows.Count;
                row = null;
                continue;
            }
            if (!line.StartsWith('|')) break;
            row ??= [.. Enumerable.Range(0, width).Select(_ => new StringBuilder())];
            for (var column = 0; column < width && edges[column] + 1 < line.Length; column++)
            {
                var cell = line[(edges[column] + 1)..Math.Min(edges[column + 1], line.Length)].Trim().TrimEnd('|').Trim();
                // A row span's inner border ("|    +------+") is no text.
                if (cell.Length > 0 && !cell.All(c => c is '-' or '=' or '+')) row[column].Append(' ').Append(cell);
            }
        }
        if (row is not null) rows.Add([.. row.Select(cell => cell.ToString().Trim())]);
        if (rows.Count == 0) return i - 1;
        if (headerRows == 0 && !rows[0].Any(cell => cell.Any(char.IsAsciiDigit))) headerRows = 1;
        string Row(IReadOnlyList<string> cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, width).Select(c => c < cells.Count ? Inline(cells[c]).Replace("|", "\\|") : "")) + " |";
        output.Add("");
        output.Add(headerRows > 0 ? Row(rows[0]) : Row([]));
        output.Add("|" + string.Concat(Enumerable.Repeat("---|", width)));
        output.AddRange(rows.Skip(headerRows).Select(Row));
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
