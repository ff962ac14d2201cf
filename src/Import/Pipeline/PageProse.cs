using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>The blocks around the schedule and their sentences, which class times and the year are read from.</summary>
internal static class PageProse
{
    /// <summary>The blocks above the first section and those of the schedule sections.</summary>
    public static IEnumerable<Block> ScheduleBlocks(PageSections sections) => sections.Intro
        .Concat(sections.Sections.Where(section => SectionKinds.Of(section.Heading) == SectionKind.Schedule).SelectMany(section => section.Blocks));

    /// <summary>The sentences around the schedule ("Dates are in 2026."): the intro and the paragraphs of schedule sections.</summary>
    public static string ScheduleProse(PageSections sections) => string.Join("\n", ScheduleBlocks(sections)
        .Select(block => block switch
        {
            ParagraphBlock paragraph => InlineText.Of(paragraph).Text,
            // A theme's "card" quote ("> Every Thursday", "> > 08:00 AM - 11:30 AM (EST)") is one statement, however nested.
            QuoteBlock quote => string.Join(" ", quote.Descendants<ParagraphBlock>().Take(20)
                .Select(paragraph => InlineText.Of(paragraph).Text.Replace('\n', ' '))),
            _ => null,
        }).OfType<string>());
}
