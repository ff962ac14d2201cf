using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Turns an AsciiDoc course page (Asciidoctor and Antora sites: <c>.adoc</c>) into Markdown: <c>= Title</c> headings,
/// <c>* item</c> and <c>. item</c> lists, <c>link:url[text]</c> links, and <c>|===</c> tables, whose cells may stand
/// one a line and run over several lines (an <c>a</c>-style cell holds a list): each row becomes one pipe-table row,
/// its cell's lines joined by &lt;br&gt; (a topic each). Comments, anchors and block attributes go. Every line after
/// a table keeps its number (the table's rows are followed by blank lines in place of the lines they were written on).
/// </summary>
internal sealed partial class AsciiDoc : IPageFormat
{
    public string Name => "AsciiDoc";

    public PageFormatKind Kind => PageFormatKind.Markup;

    public bool AppliesTo(PageText page) => IsAsciiDoc(page.Source, page.FileName);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    /// <summary>A table wider than this is no schedule: it stays text (and a hostile one costs no cells per row).</summary>
    private const int MaxColumns = 64;

    // NonBacktracking, all of them: they run on every line of an untrusted page.
    [GeneratedRegex(@"^(?<level>={1,6})\s+(?<title>\S.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex Heading();

    /// <summary>"* item", "** nested", ". step", "- item": the marker's length is the nesting.</summary>
    [GeneratedRegex(@"^(?<marker>\*{1,5}|\.{1,5}|-)\s+(?<text>\S.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex ListItem();

    /// <summary>"link:url[text]", "https://url[text]", "mailto:a@b[text]": a Markdown link (its text, else its address).</summary>
    [GeneratedRegex(@"(?:link:(?<url>[^\s\[\]]{1,2000})|(?<url>(?:https?|mailto|ftp):[^\s\[\]]{1,2000}))\[(?<text>[^\]]{0,500})\]",
        RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    /// <summary>"xref:page.adoc[text]", "&lt;&lt;id,text&gt;&gt;": a reference inside the site, kept as its text.</summary>
    [GeneratedRegex(@"xref:[^\s\[\]]{1,500}\[(?<text>[^\]]{0,500})\]|<<[^,>]{1,200},\s*(?<text>[^>]{1,500})>>|<<[^>]{1,200}>>", RegexOptions.NonBacktracking)]
    private static partial Regex Reference();

    /// <summary>"anchor:week01[]", "[[week01]]", "image:logo.png[Logo]", "footnote:[…]": no words of the page's.</summary>
    [GeneratedRegex(@"anchor:[^\s\[\]]{1,200}\[[^\]]{0,200}\]|\[\[[^\]]{1,200}\]\]"
        + @"|image::?[^\s\[\]]{1,500}\[[^\]]{0,500}\]|footnote:[^\s\[\]]{0,200}\[[^\]]{0,500}\]", RegexOptions.NonBacktracking)]
    private static partial Regex Invisible();

    /// <summary>A cell specifier before its "|": "2+" spans two columns, "a" or "h" is the cell's style, ".2+" spans rows.</summary>
    [GeneratedRegex(@"^(?:(?<span>[0-9]{1,2})\+|\.[0-9]{1,2}\+|[0-9]{1,2}\.[0-9]{1,2}\+|[0-9]{1,2}\*)?[<^>]?(?:\.[<^>])?[adehlmsv]?$",
        RegexOptions.NonBacktracking)]
    private static partial Regex CellSpecifier();

    public static bool IsAsciiDoc(string page, string? fileName) =>
        fileName is not null
        && (fileName.EndsWith(".adoc", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".asciidoc", StringComparison.OrdinalIgnoreCase))
        || page.StartsWith("|===", StringComparison.Ordinal) || page.Contains("\n|===", StringComparison.Ordinal);

    public static string ToMarkdown(string page, CancellationToken cancellationToken = default)
    {
        var lines = page.Split('\n');
        var output = new List<string>(lines.Length);
        string? blockAttributes = null;
        string? delimiter = null; // the open block's delimiter line: "////" (comment), "----" (listing), "++++" (passthrough)
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i].TrimEnd();
            if (delimiter is not null)
            {
                if (line == delimiter)
                {
                    output.Add(delimiter[0] is '-' or '.' ? "```" : "");
                    delimiter = null;
                }
                else output.Add(delimiter[0] is '-' or '.' or '+' ? lines[i] : "");
                continue;
            }
            if (line == "|===")
            {
                i = Table(lines, i, blockAttributes, output, cancellationToken);
                blockAttributes = null;
                continue;
            }
            blockAttributes = null;
            if (IsBlockDelimiter(line))
            {
                // Listing and literal blocks are code; a comment block is hidden; the others' content is read as text.
                if (line[0] is '/' or '-' or '.' or '+') delimiter = line;
                output.Add(line[0] is '-' or '.' ? "```" : "");
            }
            else if (line.StartsWith("//", StringComparison.Ordinal)) output.Add("");
            else if (line.Length > 1 && line[0] == '[' && line[^1] == ']' && !line.StartsWith("[[", StringComparison.Ordinal))
            {
                blockAttributes = line; // "[cols=\"1,2,6a\", options=\"header\"]": read by the table below it
                output.Add("");
            }
            else if (Heading().Match(line) is { Success: true } heading)
                output.Add(new string('#', heading.Groups["level"].Length) + " " + Inline(heading.Groups["title"].Value));
            else if (ListItem().Match(line) is { Success: true } item)
            {
                var marker = item.Groups["marker"].Value;
                var indent = new string(' ', 2 * (marker.Length - 1));
                output.Add(indent + (marker[0] == '.' ? "1. " : "- ") + Inline(item.Groups["text"].Value));
            }
            else if (line.Length > 1 && line[0] == '.' && char.IsLetterOrDigit(line[1])) output.Add("**" + Inline(line[1..]) + "**"); // a block title
            else output.Add(Inline(line.EndsWith(" +", StringComparison.Ordinal) ? line[..^2] : line));
        }
        return string.Join('\n', output);
    }

    /// <summary>A delimited block's fence: four or more of one character ("////", "----", "....", "++++", "____", "====", "****").</summary>
    private static bool IsBlockDelimiter(string line) =>
        line.Length >= 4 && "/-.+_=*".Contains(line[0]) && line.All(c => c == line[0]);

    private static string Inline(string text)
    {
        text = Invisible().Replace(text, "");
        text = Reference().Replace(text, match => match.Groups["text"].Success ? match.Groups["text"].Value : "");
        return Link().Replace(text, match =>
            $"[{(match.Groups["text"].Value.Length > 0 ? match.Groups["text"].Value : match.Groups["url"].Value)}]({match.Groups["url"].Value})");
    }

    /// <summary>Converts the table opening at <paramref name="start"/>; returns the index of its closing "|===".</summary>
    private static int Table(string[] lines, int start, string? attributes, List<string> output, CancellationToken cancellationToken)
    {
        var end = start + 1;
        while (end < lines.Length && lines[end].TrimEnd() != "|===") end++;
        var cells = new List<(StringBuilder Text, int Span)>();
        var firstRowLine = -1;
        var firstRowCells = 0;
        var implicitHeader = false;
        for (var i = start + 1; i < end; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i].TrimEnd();
            if (line.StartsWith("//", StringComparison.Ordinal)) continue;
            if (line.Length == 0)
            {
                implicitHeader |= firstRowLine >= 0 && i == firstRowLine + 1 && firstRowCells > 1;
                continue;
            }
            var parts = SplitCells(line);
            // Text before the line's first "|" goes on in the cell above it.
            if (parts[0].Text.Length > 0 && cells.Count > 0) Append(cells[^1].Text, parts[0].Text);
            foreach (var part in parts.Skip(1))
            {
                cells.Add((new StringBuilder(), part.Span));
                Append(cells[^1].Text, part.Text);
            }
            if (firstRowLine < 0 && parts.Count > 1) (firstRowLine, firstRowCells) = (i, parts.Count - 1);
        }
        var width = ColumnsOf(attributes) ?? Math.Max(firstRowCells, 1);
        var header = attributes?.Contains("header", StringComparison.Ordinal) == true || implicitHeader;
        if (width > MaxColumns || cells.Count == 0)
        {
            for (var i = start; i <= end && i < lines.Length; i++) output.Add(Inline(lines[i]));
            return end;
        }
        var rows = new List<string[]>();
        var row = new List<string>();
        foreach (var (text, span) in cells)
        {
            var value = Inline(text.ToString()).Replace("|", "\\|");
            for (var s = 0; s < Math.Clamp(span, 1, width); s++) row.Add(value);
            if (row.Count < width) continue;
            rows.Add(row.Take(width).ToArray());
            row = [];
        }
        if (row.Count > 0) rows.Add([.. row, .. Enumerable.Repeat("", width - row.Count)]);
        static string Row(IEnumerable<string> values) => "| " + string.Join(" | ", values) + " |";
        var markdown = new List<string>
        {
            "", header ? Row(rows[0]) : Row(Enumerable.Repeat("", width)), "|" + string.Concat(Enumerable.Repeat("---|", width)),
        };
        markdown.AddRange(rows.Skip(header ? 1 : 0).Select(Row));
        output.AddRange(markdown);
        // The table's own lines shrink to its rows: blank lines keep every later line where it was.
        for (var i = markdown.Count; i <= Math.Min(end, lines.Length - 1) - start; i++) output.Add("");
        return end;
    }

    /// <summary>Adds a line of a cell: a list item's marker goes, and each line is a topic of its own.</summary>
    private static void Append(StringBuilder cell, string text)
    {
        text = text.Trim();
        if (ListItem().Match(text) is { Success: true } item) text = item.Groups["text"].Value;
        if (text.EndsWith(" +", StringComparison.Ordinal)) text = text[..^2];
        if (text.Length == 0) return;
        // A line that goes on with a comma (",link:…[Lecture 2]") continues the one before it.
        if (cell.Length > 0) cell.Append(text[0] == ',' ? "" : " <br> ");
        cell.Append(text);
    }

    /// <summary>The line's cells: the text before its first "|", then each cell with its column span ("2+|" spans two).</summary>
    private static List<(string Text, int Span)> SplitCells(string line)
    {
        var parts = new List<(string Text, int Span)>();
        var current = new StringBuilder();
        var span = 1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                current.Append('|');
                i++;
                continue;
            }
            if (line[i] != '|')
            {
                current.Append(line[i]);
                continue;
            }
            // A specifier ("2+", "a") is the last word before the "|": it belongs to the next cell, not this one's text.
            var text = current.ToString();
            var lastSpace = text.LastIndexOf(' ');
            var word = text[(lastSpace + 1)..];
            var nextSpan = 1;
            if (word.Length > 0 && CellSpecifier().Match(word) is { Success: true } specifier)
            {
                text = text[..(lastSpace + 1)];
                if (specifier.Groups["span"].Success) nextSpan = int.Parse(specifier.Groups["span"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            parts.Add((text.Trim(), span));
            (current, span) = (new StringBuilder(), nextSpan);
        }
        parts.Add((current.ToString().Trim(), span));
        return parts;
    }

    /// <summary>The column count a "cols" attribute gives: "1,2,6a" is three columns, "3*" three, "2*,1" three.</summary>
    private static int? ColumnsOf(string? attributes)
    {
        if (attributes is null) return null;
        var at = attributes.IndexOf("cols=", StringComparison.Ordinal);
        if (at < 0) return null;
        var value = attributes[(at + 5)..].TrimStart('"', '\'');
        var close = value.IndexOfAny(['"', '\'', ']']);
        if (close >= 0) value = value[..close];
        var count = 0;
        foreach (var entry in value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var star = entry.IndexOf('*');
            count += star > 0 && int.TryParse(entry[..star], out var times) ? Math.Clamp(times, 1, MaxColumns + 1) : 1;
            if (count > MaxColumns) return count;
        }
        return count > 0 ? count : null;
    }
}
