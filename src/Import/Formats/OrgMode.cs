using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Turns an Org-mode course page (Emacs users' course sites) into Markdown the readers know: #+TITLE becomes the
/// title, headings become sections, and a heading that opens with an active timestamp ("** &lt;2019-08-26 Mon 08:30&gt;
/// Introduction") becomes a list item that starts with its date. Source blocks and other #+ lines are dropped.
/// </summary>
internal sealed partial class OrgMode : IPageFormat
{
    public string Name => "Org mode";

    public PageFormatKind Kind => PageFormatKind.Markup;

    public bool AppliesTo(PageText page) => IsOrg(page.Source, page.FileName);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    // NonBacktracking, all three: they run on every line of an untrusted page.
    [GeneratedRegex(@"^(?<stars>\*+)\s+<(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:\s+\p{L}{2,3}\.?)?"
        + @"(?:\s+(?<time>[0-9]{1,2}:[0-9]{2}(?:-[0-9]{1,2}:[0-9]{2})?))?(?:\s+[^>]*)?>\s*(?<rest>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex DatedHeading();

    [GeneratedRegex(@"^(?<stars>\*+)\s+(?<text>.*?)(?:\s+:[\w:@]+:)?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^#\+BEGIN_EXPORT\s+(?:html|markdown|md)\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ExportBlock();

    [GeneratedRegex(@"\[\[(?<url>[^\]]+)\](?:\[(?<text>[^\]]*)\])?\]", RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    /// <summary>Settings and comments before an exported front matter are a few lines, not a page of them.</summary>
    private const int MaxLinesBeforeFrontMatter = 200;

    public static bool IsOrg(string page, string? fileName) =>
        fileName?.EndsWith(".org", StringComparison.OrdinalIgnoreCase) == true
        || page.StartsWith("#+TITLE:", StringComparison.OrdinalIgnoreCase) || page.Contains("\n#+TITLE:", StringComparison.OrdinalIgnoreCase);

    public static string ToMarkdown(string page, CancellationToken cancellationToken = default)
    {
        var lines = page.Split('\n');
        var output = new List<string>(lines.Length);
        var inBlock = false;
        var frontMatter = LeadingFrontMatter(lines);
        var (tableRows, headerCells, delimited) = (0, 0, false);
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i].TrimEnd();
            if (frontMatter is (var first, var last) && i <= last)
            {
                // The front matter goes to the top, where the importer reads it (the lines before it were settings), and
                // the rest of its export block is skipped as blocks are.
                output.Add(i <= last - first ? lines[first + i].TrimEnd() : "");
                inBlock = i == last;
                continue;
            }
            // Org tables: rule lines ("|---+---|") around the header and between groups. Markdown wants the header, then a
            // delimiter row: the rule under the header becomes it, the others a blank row (read as nothing), and the rule
            // above the header a blank line, so every line stays where it was.
            var trimmed = line.TrimStart();
            if (!inBlock && trimmed.StartsWith('|'))
            {
                if (trimmed.StartsWith("|-", StringComparison.Ordinal))
                {
                    if (tableRows == 0) output.Add("");
                    else if (tableRows == 1 && !delimited) output.Add("|" + string.Concat(Enumerable.Repeat("---|", Math.Max(1, headerCells))));
                    else output.Add("|" + string.Concat(Enumerable.Repeat(" |", Math.Max(1, headerCells))));
                    delimited |= tableRows == 1;
                    continue;
                }
                if (tableRows++ == 0)
                {
                    headerCells = Math.Max(1, trimmed.Count(c => c == '|') - 1);
                    // No rule under the first row: Org exports a table without a header, so it gets an empty one.
                    if (i + 1 >= lines.Length || !lines[i + 1].TrimStart().StartsWith("|-", StringComparison.Ordinal))
                    {
                        HeaderBefore(output, headerCells);
                        (tableRows, delimited) = (2, true);
                    }
                }
                output.Add(Links(line));
                continue;
            }
            (tableRows, headerCells, delimited) = (0, 0, false);
            if (line.StartsWith("#+BEGIN", StringComparison.OrdinalIgnoreCase)) inBlock = true;
            if (inBlock)
            {
                if (line.StartsWith("#+END", StringComparison.OrdinalIgnoreCase)) inBlock = false;
                output.Add("");
                continue;
            }
            if (line.StartsWith("#+TITLE:", StringComparison.OrdinalIgnoreCase)) output.Add("# " + line["#+TITLE:".Length..].Trim());
            else if (line.StartsWith("#+", StringComparison.Ordinal) || line == "#" || line.StartsWith("# ", StringComparison.Ordinal))
                output.Add(""); // settings and comments
            else if (DatedHeading().Match(line) is { Success: true } dated)
                output.Add($"- {dated.Groups["date"].Value} "
                    + $"{(dated.Groups["time"].Success ? dated.Groups["time"].Value + " " : "")}{Links(dated.Groups["rest"].Value)}");
            else if (Heading().Match(line) is { Success: true } heading) output.Add("## " + Links(heading.Groups["text"].Value));
            else output.Add(Links(line));
        }
        return string.Join('\n', output);
    }

    /// <summary>
    /// An empty header row and the delimiter row over a table that has none, on the blank lines above it (one stays, so
    /// that the table does not go on a paragraph) so that line numbers stay; else on lines of their own.
    /// </summary>
    private static void HeaderBefore(List<string> output, int cells)
    {
        var blanks = 0;
        while (blanks < 3 && blanks < output.Count && output[^(blanks + 1)].Trim().Length == 0) blanks++;
        var reused = output.Count == blanks ? Math.Min(2, blanks) : Math.Clamp(blanks - 1, 0, 2);
        output.RemoveRange(output.Count - reused, reused);
        if (blanks == 0 && output.Count > 0) output.Add("");
        output.Add("|" + string.Concat(Enumerable.Repeat("  |", cells)));
        output.Add("|" + string.Concat(Enumerable.Repeat("---|", cells)));
    }

    /// <summary>
    /// A Jekyll front matter in an export block that opens the page ("#+BEGIN_EXPORT html", "---", "layout: page", "---",
    /// the way Org pages are published with Jekyll): its first and last line, when nothing but settings and comments
    /// stand before it.
    /// </summary>
    private static (int First, int Last)? LeadingFrontMatter(string[] lines)
    {
        var inComment = false;
        for (var i = 0; i < lines.Length && i < MaxLinesBeforeFrontMatter; i++)
        {
            var line = lines[i].Trim();
            if (inComment)
            {
                inComment = !line.StartsWith("#+END", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (line.StartsWith("#+BEGIN_COMMENT", StringComparison.OrdinalIgnoreCase)) inComment = true;
            else if (ExportBlock().IsMatch(line))
            {
                if (i + 1 >= lines.Length || lines[i + 1].TrimEnd() != "---") return null;
                for (var end = i + 2; end < lines.Length; end++)
                {
                    if (lines[end].TrimEnd() == "---") return (i + 1, end);
                    if (lines[end].StartsWith("#+END", StringComparison.OrdinalIgnoreCase)) return null;
                }
                return null;
            }
            else if (line.Length > 0 && !line.StartsWith('#')) return null;
        }
        return null;
    }

    /// <summary>[[url][text]] becomes [text](url); a bare [[url]] keeps no text, so it adds no words to a topic.</summary>
    private static string Links(string text) =>
        Link().Replace(text, match => $"[{(match.Groups["text"].Success ? match.Groups["text"].Value : "")}]({match.Groups["url"].Value.Trim()})");
}
