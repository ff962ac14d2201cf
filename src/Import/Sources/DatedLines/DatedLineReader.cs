using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Schedules written as plain lines that open with their date, one per session: paragraph lines ("🗂️ 25/02 – Aula 1:",
/// "2. 19/8: Presencial", a numbered line CommonMark keeps in the paragraph because a list cannot interrupt one unless it
/// starts at 1) and headings of the same shape among them ("## 📚 15/04 – Entrega Parcial 1"). What follows the date is
/// the session's topic, and so are the lines and blocks under it up to the next dated line or heading.
/// </summary>
internal static partial class DatedLineReader
{
    /// <summary>Fewer dated lines than this are dates in prose (an announcement, an update), not a schedule.</summary>
    private const int MinLines = 3;

    /// <summary>A dated line: its date's text, what follows the date, the block it stands in and its line.</summary>
    public sealed record DatedLine(string DateText, string Rest, Block Block, int Line);

    /// <summary>The lines of the page's top-level paragraphs and headings that open with a date; none when fewer than three.</summary>
    public static List<DatedLine> Find(MarkdownDocument document, ScheduleDateReader dates)
    {
        var found = new List<DatedLine>();
        foreach (var block in document.Take(5000))
        {
            ImportBudget.ThrowIfSpent();
            var lines = block switch
            {
                ParagraphBlock paragraph => InlineText.Of(paragraph).Lines().Take(200).ToList(),
                HeadingBlock heading => [InlineText.Of(heading).Text],
                _ => [],
            };
            for (var i = 0; i < lines.Count; i++)
                if (Opening(lines[i], dates) is { } opening) found.Add(new DatedLine(opening.DateText, opening.After, block, block.Line + i + 1));
        }
        return found.Count >= MinLines ? found : [];
    }

    /// <summary>
    /// The date a line opens with, after any symbols (an emoji, a bullet) and, when the line does not read so, a number
    /// ("2.", "[^1].", "10"); and what follows it. The date must end at a separator (":", "–", ".") or the line's end:
    /// "12/8 students passed" is prose.
    /// </summary>
    public static (string DateText, string After)? Opening(string line, ScheduleDateReader dates)
    {
        // "Jan 10 | Intro": a table's row that fell out of its table, which the table reader reports; no line of prose.
        if (line.Contains('|', StringComparison.Ordinal)) return null;
        var text = LeadingSymbols().Replace(line.Length > 300 ? line[..300] : line, "");
        if (Opening(text, dates, out var found)) return found;
        var numbering = Numbering().Match(text);
        return numbering.Success && Opening(text[numbering.Length..], dates, out found) ? found : null;
    }

    private static bool Opening(string text, ScheduleDateReader dates, out (string DateText, string After)? found)
    {
        found = null;
        var words = text.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count <= Math.Min(4, words.Length); count++)
        {
            var last = words[count - 1];
            var dateText = string.Join(' ', words[..count]).TrimEnd(':', ',', ';', '.', '–', '—');
            if (dates.Read(dateText) is null) continue;
            var rest = string.Join(' ', words[count..]);
            var endsAtSeparator = last.Length > 0 && last[^1] is ':' or '.' or ',' or ';' || rest.Length == 0 || rest[0] is '–' or '—' or '-' or ':';
            if (!endsAtSeparator) return false;
            found = (dateText, rest.TrimStart('–', '—', '-', ':', ' ').TrimEnd(':', ' '));
            return true;
        }
        return false;
    }

    public static IEnumerable<(Session Session, int Line)> Read(MarkdownDocument document, List<DatedLine> lines, ScheduleDateReader dates,
        SessionFactory sessions, WarningLog warnings)
    {
        var byBlock = lines.GroupBy(line => line.Block).ToDictionary(group => group.Key, group => group.ToList());
        DatedLine? current = null;
        var topics = new List<string>();
        foreach (var block in document.Take(5000).Append(null))
        {
            ImportBudget.ThrowIfSpent();
            if (block is not null && !byBlock.ContainsKey(block) && block is not HeadingBlock)
            {
                if (current is not null && topics.Count < 200) topics.AddRange(Texts(block));
                continue;
            }
            var blockLines = block is ParagraphBlock paragraph ? UpToFootnote(InlineText.Of(paragraph)).Take(200).ToList() : [];
            var dated = block is not null && byBlock.TryGetValue(block, out var inBlock) ? inBlock : [];
            // A paragraph's lines before its first dated one belong to the session above.
            var firstDated = dated.Count > 0 ? dated[0].Line - block!.Line - 1 : blockLines.Count;
            if (current is not null) topics.AddRange(blockLines.Take(firstDated));
            if (current is not null && Session(current, topics, dates, sessions, warnings) is { } session) yield return session;
            current = null;
            foreach (var line in dated)
            {
                if (current is not null && Session(current, topics, dates, sessions, warnings) is { } previous) yield return previous;
                current = line;
                topics = line.Rest.Length > 0 ? [line.Rest] : [];
                // The paragraph's next lines up to its next dated one are this session's.
                var index = line.Line - block!.Line - 1;
                var next = dated.FirstOrDefault(other => other.Line > line.Line)?.Line - block.Line - 1 ?? blockLines.Count;
                if (block is ParagraphBlock) topics.AddRange(blockLines.Skip(index + 1).Take(Math.Max(0, next - index - 1)));
            }
            if (block is HeadingBlock && dated.Count == 0) current = null;
        }
    }

    private static (Session Session, int Line)? Session(DatedLine line, List<string> topics, ScheduleDateReader dates,
        SessionFactory sessions, WarningLog warnings)
    {
        if (dates.Read(line.DateText) is not { } date)
        {
            warnings.RowSkipped(line.Line, $"\"{WarningLog.Shown(line.DateText)}\" is not a date; the line was skipped.");
            return null;
        }
        return (sessions.Create(date, topics, struck: false, flaggedCancelled: false, [], line.Line), line.Line);
    }

    /// <summary>The lines of a block under a dated line: a list's items, a paragraph's lines, a quote's.</summary>
    private static IEnumerable<string> Texts(Block block) => block switch
    {
        ListBlock list => list.OfType<ListItemBlock>().Take(50).Select(item => InlineText.Of(item.FirstOrDefault()).Text),
        ParagraphBlock paragraph => UpToFootnote(InlineText.Of(paragraph)).Take(50),
        QuoteBlock quote => quote.OfType<LeafBlock>().Take(20).Select(leaf => InlineText.Of(leaf).Text),
        _ => [],
    };

    /// <summary>A paragraph's lines up to a footnote's text ("[^1]: Read the first pages"), which is no topic of the session above it.</summary>
    private static IEnumerable<string> UpToFootnote(InlineText paragraph) => paragraph.Lines().TakeWhile(line => !FootnoteDefinition().IsMatch(line));

    [GeneratedRegex(@"^\[\^[^\]]{1,20}\]:", RegexOptions.NonBacktracking)]
    private static partial Regex FootnoteDefinition();

    /// <summary>What stands before a line's first letter, digit or bracket: emoji, bullets, marks.</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}\[]{1,20}", RegexOptions.NonBacktracking)]
    private static partial Regex LeadingSymbols();

    /// <summary>A line's number before its date: "2. ", "10 ", "[^1]. ".</summary>
    [GeneratedRegex(@"^(?:\[\^?[0-9A-Za-z]{1,10}\]|[0-9]{1,3})[.)]?\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Numbering();
}
