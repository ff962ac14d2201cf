using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Turns the schedule of an MDX page (Docusaurus sites) written as components — <c>&lt;LectureRow date="26/03/2024"
/// time="16:00-17:30" pdf="…"&gt;&lt;&gt;Topic&lt;/&gt;&lt;/LectureRow&gt;</c> — into a Markdown table the table reader knows:
/// each component with a <c>date</c> attribute is a row, its hours go in the date cell, its text is the topic and its
/// <c>pdf</c>/<c>slides</c>/<c>href</c> attribute the material, its <c>type</c> a note. Components without a date (a holiday banner between
/// weeks) and deadlines whose time is no range ("EOD") are not sessions. The table stands where the first dated component
/// was and the components' lines are blanked: line numbers in warnings count lines of the converted page.
/// </summary>
internal sealed partial class MdxComponents : IPageFormat
{
    public string Name => "MDX components";

    public PageFormatKind Kind => PageFormatKind.Markup;

    public bool AppliesTo(PageText page) => IsMdx(page.Source);

    public string Convert(PageText page) => ToMarkdown(page.Source, page.Cancellation);

    /// <summary>How far a component's closing tag is looked for: a row is a few lines, and a page with unclosed tags stays linear.</summary>
    private const int MaxComponentLength = 4096;

    /// <summary>How far an opening tag's '>' is looked for: a dozen attributes fit.</summary>
    private const int MaxOpeningTagLength = 1024;

    // NonBacktracking, as every pattern here: "[\w\s,]+" then "\s+" backtracked over every line of a page of "import a".
    [GeneratedRegex(@"^import\s+\{?[\w\s,]+\}?\s+from\s+['""]", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex ImportLine();

    [GeneratedRegex(@"(?<name>[A-Za-z]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|\{(?<value>[^{}]*)\})", RegexOptions.NonBacktracking)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();

    public static bool IsMdx(string page) => ImportLine().IsMatch(page) && page.Contains(" date", StringComparison.Ordinal);

    public static string ToMarkdown(string page, CancellationToken cancellationToken = default)
    {
        var rows = new List<string>();
        var output = new StringBuilder(page.Length);
        int? tableAt = null;
        var position = 0;
        while (FindComponent(page, position) is { } component)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Append(page, position, component.Start - position);
            // A repeated attribute keeps its last value, as JSX does.
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match attribute in Attribute().Matches(component.OpeningTag))
                attributes[attribute.Groups["name"].Value.ToLowerInvariant()] = attribute.Groups["value"].Value.Trim();
            if (attributes.TryGetValue("date", out var date) && date.Length > 0 && IsSession(attributes))
            {
                tableAt ??= output.Length;
                var topic = Tag().Replace(component.Body, " ").Replace('|', '/').Trim();
                var material = new[] { "pdf", "slides", "href", "url" }.Select(attributes.GetValueOrDefault)
                    .FirstOrDefault(url => !string.IsNullOrWhiteSpace(url));
                rows.Add($"| {Cell(date)} {Cell(attributes.GetValueOrDefault("time") ?? "")} | {Cell(topic)} | "
                    + $"{(material is null ? "" : $"[slides]({material})")} | {Cell(attributes.GetValueOrDefault("type") ?? "")} |");
            }
            // Blank the component, line for line.
            output.Append('\n', component.Text.Count(c => c == '\n'));
            position = component.Start + component.Text.Length;
        }
        output.Append(page, position, page.Length - position);
        if (tableAt is null) return page;
        var table = "\n\n| Date | Topic | Materials | Notes |\n|---|---|---|---|\n" + string.Join('\n', rows) + "\n\n";
        return output.Insert(tableAt.Value, table).ToString();
    }

    /// <summary>A class has hours or none; "EOD" (a deadline) is not a class.</summary>
    private static bool IsSession(Dictionary<string, string> attributes) =>
        !attributes.TryGetValue("time", out var time) || time.Length == 0 || ClassTimesReader.ReadRange(time, []) is not null;

    private static string Cell(string text) => Whitespace().Replace(text.Replace('|', '/'), " ");

    private static bool ContainsComponent(ReadOnlySpan<char> body)
    {
        for (var i = 0; i + 1 < body.Length; i++)
            if (body[i] == '<' && char.IsAsciiLetterUpper(body[i + 1])) return true;
        return false;
    }

    private sealed record Component(int Start, string Text, string OpeningTag, string Body);

    /// <summary>
    /// The next capitalised component from <paramref name="from"/>: self-closing, with a body up to its closing tag, or
    /// (a container, or unclosed) only its opening tag.
    /// </summary>
    private static Component? FindComponent(string page, int from)
    {
        for (var start = page.IndexOf('<', from); start >= 0 && start + 1 < page.Length; start = page.IndexOf('<', start + 1))
        {
            if (!char.IsAsciiLetterUpper(page[start + 1])) continue;
            var nameEnd = start + 1;
            while (nameEnd < page.Length && char.IsAsciiLetter(page[nameEnd])) nameEnd++;
            var name = page[(start + 1)..nameEnd];
            var window = page.AsSpan(start, Math.Min(MaxComponentLength, page.Length - start));
            var openEnd = window[..Math.Min(MaxOpeningTagLength, window.Length)].IndexOf('>');
            if (openEnd < 0)
            {
                start += MaxOpeningTagLength - 1; // no tag that starts in this stretch can close in it either
                if (start + 1 >= page.Length) return null; // (found by the fuzzer: the skip could pass the page's end)
                continue;
            }
            var opening = window[..(openEnd + 1)].ToString();
            if (opening.EndsWith("/>", StringComparison.Ordinal)) return new Component(start, opening, opening, "");
            var close = window.IndexOf($"</{name}>", StringComparison.Ordinal);
            // A container (<LectureTable>) holds the rows: only its tags go, the rows inside are read one by one.
            if (close < 0 || ContainsComponent(window[(openEnd + 1)..close])) return new Component(start, opening, opening, "");
            var text = window[..(close + name.Length + 3)].ToString();
            return new Component(start, text, opening, window[(openEnd + 1)..close].ToString());
        }
        return null;
    }
}
