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
    public static List<HeadingBlock> Find(MarkdownDocument document, ScheduleDateReader dates)
    {
        var dated = document.Descendants<HeadingBlock>().Take(2000)
            .Where(heading =>
            {
                ImportBudget.ThrowIfSpent();
                return heading.Parent is MarkdownDocument && dates.Find(InlineText.Of(heading).Text) is not null;
            }).ToList();
        return dated.Count >= 2 ? dated : [];
    }

    public static IEnumerable<(Session Session, int Line)> Read(MarkdownDocument document, List<HeadingBlock> headings,
        ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        var mismatches = 0;
        // One pass over the page: the blocks after each dated heading, up to the next heading.
        var sessionHeadings = headings.ToHashSet();
        HeadingBlock? current = null;
        var under = new List<Block>();
        foreach (var block in document.Append(null))
        {
            ImportBudget.ThrowIfSpent();
            if (block is not null and not HeadingBlock)
            {
                if (current is not null && under.Count < 200) under.Add(block);
                continue;
            }
            if (current is not null && dates.Find(InlineText.Of(current).Text) is { } date)
            {
                // "17/02/2025 (Segunda-Feira)" in a year where the 17th is no Monday: the page's year (or date) is wrong, and says so.
                var text = InlineText.Of(current).Text;
                if (NumericDateJudge.WrittenWeekday(text) is { } written && written != date.DayOfWeek && mismatches++ == 0)
                    warnings.AtLine(current.Line + 1, $"\"{WarningLog.Shown(text)}\" names a {written}, but {date:yyyy-MM-dd} is a {date.DayOfWeek}: "
                        + "the year (or the date) written on the page may be wrong; check the dates.");
                yield return (sessions.Create(date, Topics(under), struck: false, flaggedCancelled: false, [], current.Line + 1), current.Line + 1);
            }
            current = block is HeadingBlock heading && sessionHeadings.Contains(heading) ? heading : null;
            under = [];
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
