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
    [GeneratedRegex(@"^(?<stars>\*+)\s+<(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:\s+\p{L}{2,3}\.?)?(?:\s+(?<time>[0-9]{1,2}:[0-9]{2}(?:-[0-9]{1,2}:[0-9]{2})?))?(?:\s+[^>]*)?>\s*(?<rest>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex DatedHeading();

    [GeneratedRegex(@"^(?<stars>\*+)\s+(?<text>.*?)(?:\s+:[\w:@]+:)?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[\[(?<url>[^\]]+)\](?:\[(?<text>[^\]]*)\])?\]", RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    public static bool IsOrg(string page, string? fileName) =>
        fileName?.EndsWith(".org", StringComparison.OrdinalIgnoreCase) == true
        || page.StartsWith("#+TITLE:", StringComparison.OrdinalIgnoreCase) || page.Contains("\n#+TITLE:", StringComparison.OrdinalIgnoreCase);

    public static string ToMarkdown(string page, CancellationToken cancellationToken = default)
    {
        var output = new List<string>();
        var inBlock = false;
        var (tableRows, headerCells, delimited) = (0, 0, false);
        foreach (var raw in page.Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = raw.TrimEnd();
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
                if (tableRows++ == 0) headerCells = Math.Max(1, trimmed.Count(c => c == '|') - 1);
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
                output.Add($"- {dated.Groups["date"].Value} {(dated.Groups["time"].Success ? dated.Groups["time"].Value + " " : "")}{Links(dated.Groups["rest"].Value)}");
            else if (Heading().Match(line) is { Success: true } heading) output.Add("## " + Links(heading.Groups["text"].Value));
            else output.Add(Links(line));
        }
        return string.Join('\n', output);
    }

    /// <summary>[[url][text]] becomes [text](url); a bare [[url]] keeps no text, so it adds no words to a topic.</summary>
    private static string Links(string text) =>
        Link().Replace(text, match => $"[{(match.Groups["text"].Success ? match.Groups["text"].Value : "")}]({match.Groups["url"].Value.Trim()})");
}
