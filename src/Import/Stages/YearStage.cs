namespace CourseFunctions.Import;

/// <summary>
/// Year: the year of the page's dates that carry none. A year the page states (its term, 'year:', title, headings, the
/// prose around the schedule) is checked against the weekdays the schedule writes; else the schedule sources are asked
/// what their dates tell (<see cref="IScheduleSource.EvidenceOfYear"/>). Links are the last resort: a permalink may carry
/// the year a page was first written.
/// </summary>
internal sealed class YearStage : IImportStage
{
    public string Name => "year";

    public void Run(ImportContext context)
    {
        var (year, source) = StatedYear(context);
        context.StatedYear = year;
        var reading = year is { } stated
            ? PageYears.CheckedAgainstWrittenWeekdays(stated, Evidence(context, stated), context.Warnings) is var checkedYear && checkedYear != stated
                ? new PageYears.Reading(checkedYear, $"the weekdays the schedule writes (the page says {stated}, in {source})")
                : new PageYears.Reading(stated, source!)
            : PageYears.OfTheWeekdays(
                Evidence(context, context.Request.Today.Year), context.Document, context.ClassTimes, context.Request.Today, context.Warnings);
        (context.Year, context.YearReading) = (reading.Year, reading);
    }

    /// <summary>
    /// The year the page states, and where: its term first; links are the last resort, as a permalink or file name may
    /// carry the year a page was first written.
    /// </summary>
    private static (int? Year, string? Source) StatedYear(ImportContext context)
    {
        var (frontMatter, sections, facts) = (context.FrontMatter, context.Sections, context.Facts);
        (Func<int?> Read, string Source)[] clues =
        [
            (() => PageYears.TermYear(facts.Semester), $"the semester \"{WarningLog.Shown(facts.Semester ?? "")}\""),
            (() => PageYears.YearOf(frontMatter.GetString("year")), "the front matter's 'year:'"),
            (() => PageYears.YearOf(facts.Title), "the title"),
            (() => PageYears.YearOf(sections.FirstHeading), "the first heading"),
            (() => sections.Sections.Select(section => PageYears.YearOf(section.Heading)).FirstOrDefault(found => found is not null), "a section heading"),
            (() => PageYears.YearOf(PageProse.ScheduleProse(sections)), "the text around the schedule"),
            (() => PageYears.YearOf(frontMatter.GetString(WeekOffsetReader.StartKeys)), "the front matter's start date"),
            (() => PageYears.YearOf(facts.Permalink), "the permalink"),
        ];
        foreach (var (read, source) in clues)
            if (read() is { } year) return (year, source);
        return (null, null);
    }

    private static List<YearEvidence> Evidence(ImportContext context, int year)
    {
        var evidence = new List<YearEvidence>();
        foreach (var source in ScheduleSources.All)
        {
            context.ThrowIfCancelled();
            evidence.Add(source.EvidenceOfYear(context, year) with { What = source.Name });
        }
        return evidence;
    }
}
