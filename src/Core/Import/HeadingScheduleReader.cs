using CourseFunctions.Core.Courses;
using Markdig.Syntax;

namespace CourseFunctions.Core.Import;

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
            .Where(heading => heading.Parent is MarkdownDocument && dates.Read(InlineText.Of(heading).Text) is not null).ToList();
        return dated.Count >= 2 ? dated : [];
    }

    public static IEnumerable<(Session Session, int Line)> Read(MarkdownDocument document, List<HeadingBlock> headings,
        ScheduleDateReader dates, SessionFactory sessions)
    {
        foreach (var heading in headings)
        {
            if (dates.Read(InlineText.Of(heading).Text) is not { } date) continue;
            var topics = BlocksUnder(document, heading)
                .SelectMany(block => block is ListBlock list
                    ? list.OfType<ListItemBlock>().Select(item => InlineText.Of(item.FirstOrDefault()).Text)
                    : block is ParagraphBlock paragraph ? InlineText.Of(paragraph).Lines() : [])
                .Select(text => text.Trim()).Where(text => text.Length > 0).ToList();
            yield return (sessions.Create(date, topics, struck: false, flaggedCancelled: false, [], heading.Line + 1), heading.Line + 1);
        }
    }

    /// <summary>The blocks after a heading, up to the next heading.</summary>
    private static IEnumerable<Block> BlocksUnder(MarkdownDocument document, HeadingBlock heading) =>
        document.SkipWhile(block => block != heading).Skip(1).TakeWhile(block => block is not HeadingBlock).Take(200);
}
