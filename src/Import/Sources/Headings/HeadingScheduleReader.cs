using CourseFunctions.Core.Courses;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Reads schedules written as headings, one per session ("##### Vrij 25 sep 2015" with the topics as a list below it):
/// headings whose text reads as a date are sessions, and the text under each, up to the next heading, gives its
/// topics. It is a schedule when at least two headings read as dates.
/// </summary>
internal static class HeadingScheduleReader
{
    /// <summary>
    /// The headings that read as dates, at least two; not those that date a deadline ("Unidade1-Atividades Prazo: 05-03-2023"),
    /// which is no meeting.
    /// </summary>
    public static List<HeadingBlock> Find(MarkdownDocument document, ScheduleDateReader dates)
    {
        var dated = Sections(document)
            .Where(section => !DeadlineLabel.IsMatch(InlineText.Of(section.Heading).Text)
                && DateOf(section.Heading, section.Under, dates) is not null)
            .Select(section => section.Heading).ToList();
        return dated.Count >= 2 ? dated : [];
    }

    private static readonly System.Text.RegularExpressions.Regex DeadlineLabel = Vocabulary.AnyWord(Vocabulary.DeadlineLabels);

    /// <summary>The first heading's date that the reader reads (with a reader of no year: the first written with its year).</summary>
    public static DateOnly? FirstDate(MarkdownDocument document, ScheduleDateReader dates) =>
        Sections(document).Select(section => DateOf(section.Heading, section.Under, dates)?.Date).FirstOrDefault(date => date is not null);

    /// <summary>The page's top-level headings (at most 2,000), each with the blocks under it up to the next heading (at most 200).</summary>
    private static IEnumerable<(HeadingBlock Heading, List<Block> Under)> Sections(MarkdownDocument document)
    {
        HeadingBlock? current = null;
        var under = new List<Block>();
        var count = 0;
        foreach (var block in document.Append(null))
        {
            ImportBudget.ThrowIfSpent();
            if (block is not null and not HeadingBlock)
            {
                if (current is not null && under.Count < 200) under.Add(block);
                continue;
            }
            if (current is not null) yield return (current, under);
            if (++count > 2000) yield break;
            (current, under) = (block as HeadingBlock, []);
        }
    }

    /// <summary>
    /// A heading's date: in its text ("##### Vrij 25 sep 2015", "## Lab (4.16)"), else on a line labelled as the date
    /// among the first lines under it ("### Session 3" then "- Date: 2020-09-26 9:00-11:00", "- 时间：2020年9月26日").
    /// </summary>
    private static (DateOnly Date, string? Line)? DateOf(HeadingBlock heading, List<Block> under, ScheduleDateReader dates)
    {
        var text = InlineText.Of(heading).Text;
        if ((dates.Find(text) ?? TrailingNumericDate(text, dates)) is { } date) return (date, null);
        foreach (var line in FirstLines(under))
            if (LabelledValue(line) is { } value && dates.Read(value) is { } labelled) return (labelled, line);
        return null;
    }

    /// <summary>A slashed date that ends the heading ("第3次课：开源贡献指南（课堂lecture） 09/21"), or null.</summary>
    private static DateOnly? TrailingNumericDate(string text, ScheduleDateReader dates) =>
        text.Split([' ', '\t', '(', ')', '（', '）'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { Length: >= 3 and <= 10 } last
            && last.Contains('/') && last.All(c => char.IsAsciiDigit(c) || c == '/')
            ? dates.Read(last) : null;

    /// <summary>The first lines of the paragraphs and list items under a heading, at most eight.</summary>
    private static IEnumerable<string> FirstLines(List<Block> under) => under.Take(3)
        .SelectMany(block => block switch
        {
            ListBlock list => list.OfType<ListItemBlock>().Take(8).Select(item => InlineText.Of(item.FirstOrDefault()).Lines().FirstOrDefault() ?? ""),
            ParagraphBlock paragraph => InlineText.Of(paragraph).Lines().Take(8),
            _ => [],
        })
        .Take(8);

    /// <summary>The value of a line whose label names the date ("Date: …", "📢 时间：…"), or null.</summary>
    private static string? LabelledValue(string line)
    {
        var colon = line.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > 40) return null;
        var label = Core.Slides.SearchText.Fold(new string(line[..colon].SkipWhile(c => !char.IsLetter(c)).ToArray()).Trim());
        return Vocabulary.DateLabels.Contains(label) ? line[(colon + 1)..].Trim() : null;
    }

    public static IEnumerable<(Session Session, int Line)> Read(MarkdownDocument document, List<HeadingBlock> headings,
        ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        var mismatches = 0;
        // One pass over the page: the blocks after each dated heading, up to the next heading.
        var sessionHeadings = headings.ToHashSet();
        foreach (var (current, under) in Sections(document))
        {
            if (!sessionHeadings.Contains(current) || DateOf(current, under, dates) is not var (date, dateLine)) continue;
            // "17/02/2025 (Segunda-Feira)" in a year where the 17th is no Monday: the page's year (or date) is wrong, and says so.
            var text = dateLine ?? InlineText.Of(current).Text;
            if (NumericDateJudge.WrittenWeekday(text) is { } written && written != date.DayOfWeek && mismatches++ == 0)
                warnings.AtLine(current.Line + 1, $"\"{WarningLog.Shown(text)}\" names a {written}, but {date:yyyy-MM-dd} is a {date.DayOfWeek}: "
                    + "the year (or the date) written on the page may be wrong; check the dates.");
            var topics = Topics(under).Where(topic => dateLine is null || !topic.Contains(dateLine, StringComparison.Ordinal)).ToList();
            var session = sessions.Create(date, topics, struck: false, flaggedCancelled: false, [], current.Line + 1);
            // The date line's own hours ("时间：2020年9月12日9:00-11:00") are the session's.
            if (dateLine is not null && ClassTimesReader.ReadOwnHours(LabelledValue(dateLine)!) is var (start, end))
                session = session with { Start = start, End = end };
            yield return (session, current.Line + 1);
        }
    }

    /// <summary>
    /// The items of the lists and the lines of the paragraphs under a heading, and what a quote under it says: Jekyll
    /// themes put a day's events in "card" quotes ("> ##### Mondeling Examen"), each a heading of its own.
    /// </summary>
    private static List<string> Topics(List<Block> blocks) => blocks
        .SelectMany(block => block switch
        {
            ListBlock list => list.OfType<ListItemBlock>().Select(item => InlineText.Of(item.FirstOrDefault()).Text),
            ParagraphBlock paragraph => InlineText.Of(paragraph).Lines(),
            QuoteBlock quote => quote.OfType<LeafBlock>().Take(20).Select(leaf => InlineText.Of(leaf).Text),
            _ => [],
        })
        .Select(text => text.Trim()).Where(text => text.Length > 0).ToList();
}
