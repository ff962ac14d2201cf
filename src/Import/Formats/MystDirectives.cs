using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// MyST Markdown (Jupyter Book, TeachBooks) wraps content in directives, <c>```{dropdown} Week 2.1 (September 2th)</c>
/// … <c>```</c>, which Markdig reads as code. A content directive's fences go: its title stays as a line of text
/// where the opening fence was, its options (<c>:open:</c>) and closing fence become blank lines, so line numbers
/// stay. Code-like directives (<c>{code-cell}</c>, <c>{math}</c>) and ordinary code fences are left as they are.
/// Roles lose their markup: <c>{bdg-danger}`Assessment`</c> badges go, <c>{term}`loss`</c> keeps its text. A
/// <c>{list-table}</c> becomes a Markdown table.
/// </summary>
internal sealed partial class MystDirectives : IPageFormat
{
    public string Name => "MyST directives";

    public PageFormatKind Kind => PageFormatKind.Markup;

    public bool AppliesTo(PageText page) => Uses(page.Source);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    // NonBacktracking: pages are untrusted.
    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,}|:{3,})\{(?<name>[A-Za-z][\w:-]{0,40})\}[ \t]*(?<title>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex DirectiveOpening();

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})", RegexOptions.NonBacktracking)]
    private static partial Regex CodeOpening();

    [GeneratedRegex(@"^\s*:[\w-]{1,40}:", RegexOptions.NonBacktracking)]
    private static partial Regex DirectiveOption();

    [GeneratedRegex(@"\{(?<role>[A-Za-z][\w:-]{0,40})\}`(?<text>[^`\n]{0,500})`", RegexOptions.NonBacktracking)]
    private static partial Regex Role();

    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "code-block", "code-cell", "sourcecode", "literalinclude", "math", "raw", "eval-rst", "mermaid", "glue", "csv-table",
    };

    public static bool Uses(string source) =>
        source.Contains("```{", StringComparison.Ordinal) || source.Contains(":::{", StringComparison.Ordinal)
        || source.Contains("~~~{", StringComparison.Ordinal) || source.Contains("}`", StringComparison.Ordinal);

    public static string ToMarkdown(string source, CancellationToken cancellationToken = default)
    {
        var lines = source.Split('\n');
        var open = new Stack<(char Fence, int Length)>();
        (char Fence, int Length)? verbatim = null;
        var inOptions = false;
        for (var index = 0; index < lines.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[index];
            if (verbatim is { } code)
            {
                if (IsClosing(line, code)) verbatim = null;
                continue;
            }
            if (inOptions && DirectiveOption().IsMatch(line))
            {
                lines[index] = "";
                continue;
            }
            inOptions = false;
            if (open.Count > 0 && IsClosing(line, open.Peek()))
            {
                open.Pop();
                lines[index] = "";
            }
            else if (DirectiveOpening().Match(line) is { Success: true } directive)
            {
                var fence = (directive.Groups["fence"].Value[0], directive.Groups["fence"].Length);
                if (directive.Groups["name"].Value.Equals("list-table", StringComparison.OrdinalIgnoreCase))
                    index = ListTable(lines, index, fence, cancellationToken);
                else if (Verbatim.Contains(directive.Groups["name"].Value)) verbatim = fence;
                else
                {
                    open.Push(fence);
                    lines[index] = directive.Groups["title"].Value;
                    inOptions = true;
                }
            }
            else if (CodeOpening().Match(line) is { Success: true } codeFence)
                verbatim = (codeFence.Groups["fence"].Value[0], codeFence.Groups["fence"].Length);
            else if (line.Contains("}`", StringComparison.Ordinal))
                lines[index] = Role().Replace(line, role =>
                    role.Groups["role"].Value.StartsWith("bdg", StringComparison.OrdinalIgnoreCase) ? "" : role.Groups["text"].Value);
        }
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A <c>{list-table}</c> directive (rows "* - cell", cells "  - cell", <c>:header-rows:</c>) becomes a Markdown table
    /// written from its opening fence's line down, its remaining lines blank so that the lines after it stay where they
    /// were. Returns the index of its closing fence (or of the page's last line when it has none).
    /// </summary>
    private static int ListTable(string[] lines, int start, (char Fence, int Length) fence, CancellationToken cancellationToken)
    {
        var end = start + 1;
        while (end < lines.Length && !IsClosing(lines[end], fence)) end++;
        var last = Math.Min(end, lines.Length - 1);
        var (headerRows, rows) = (0, new List<List<string>>());
        for (var index = start + 1; index <= last && index < end; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = lines[index].Trim();
            if (content.StartsWith(":header-rows:", StringComparison.Ordinal))
                _ = int.TryParse(content[":header-rows:".Length..].Trim(), out headerRows);
            else if (content.StartsWith('*') && content[1..].TrimStart() is var first && (first.Length == 0 || first.StartsWith('-')))
                rows.Add(first.Length == 0 ? [] : [first[1..].Trim()]);
            else if (content.StartsWith('-') && rows.Count > 0)
                rows[^1].Add(content[1..].Trim());
            else if (content.Length > 0 && !content.StartsWith(':') && rows is [.., [.., _] row])
                row[^1] += " " + content;
        }
        for (var index = start; index <= last; index++) lines[index] = "";
        if (rows.Count == 0) return last;
        var width = rows.Max(row => row.Count);
        string Row(List<string> cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, width).Select(c => c < cells.Count ? cells[c].Replace("|", "\\|") : "")) + " |";
        var table = new List<string> { headerRows > 0 ? Row(rows[0]) : Row([]), "|" + string.Concat(Enumerable.Repeat("---|", width)) };
        table.AddRange(rows.Skip(Math.Min(headerRows, 1)).Select(Row));
        for (var offset = 0; offset < table.Count && start + offset <= last; offset++) lines[start + offset] = table[offset];
        return last;
    }

    /// <summary>A closing fence: only the opening's character, at least as many, and spaces.</summary>
    private static bool IsClosing(string line, (char Fence, int Length) opening)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= opening.Length && trimmed.All(c => c == opening.Fence) && line.Length - line.TrimStart().Length <= 3;
    }
}
