using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Kramdown (Jekyll's Markdown) reads a table that opens with its delimiter row ("| ---: | --- |") as a table without
/// a header; Markdig reads no table there at all. Such a table gets an empty header row: in place of the blank line
/// before it, so that line numbers stay, else as a line of its own.
/// </summary>
internal sealed partial class KramdownTables : IPageFormat
{
    public string Name => "kramdown headerless tables";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => true;

    public string Convert(PageText page) => WithHeaders(page.Source, page.Cancellation);

    // NonBacktracking: pages are untrusted.
    [GeneratedRegex(@"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$", RegexOptions.NonBacktracking)]
    private static partial Regex DelimiterRow();

    public static string WithHeaders(string source, CancellationToken cancellationToken = default)
    {
        if (!source.Contains("|-", StringComparison.Ordinal) && !source.Contains("| -", StringComparison.Ordinal)
            && !source.Contains("|:", StringComparison.Ordinal)
            && !source.Contains("| :", StringComparison.Ordinal)) return source;
        var lines = source.Split('\n');
        var output = new List<string>(lines.Length + 1);
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var previous = output.Count > 0 ? output[^1] : "";
            // A delimiter row under no header row: the header goes on the blank line before it, else on a line of its own.
            if (!previous.Contains('|') && DelimiterRow().IsMatch(line))
            {
                var header = "|" + string.Concat(Enumerable.Repeat("  |", Math.Max(1, line.Count(c => c == '|') - 1)));
                if (output.Count > 0 && previous.Trim().Length == 0) output[^1] = header;
                else output.Add(header);
            }
            output.Add(line);
        }
        return string.Join('\n', output);
    }
}
