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
        var (frontMatter, sections, facts) = (context.FrontMatter, context.Sections, context.Facts);
        var stated = PageYears.TermYear(facts.Semester) ?? PageYears.YearOf(frontMatter.GetString("year")) ?? PageYears.YearOf(facts.Title)
            ?? PageYears.YearOf(sections.FirstHeading)
            ?? sections.Sections.Select(section => PageYears.YearOf(section.Heading)).FirstOrDefault(found => found is not null)
            ?? PageYears.YearOf(PageProse.ScheduleProse(sections))
            ?? PageYears.YearOf(frontMatter.GetString(WeekOffsetReader.StartKeys))
            ?? PageYears.YearOf(facts.Permalink);
        context.StatedYear = stated;
        context.Year = stated is { } year
            ? PageYears.CheckedAgainstWrittenWeekdays(year, Evidence(context, year), context.Warnings)
            : PageYears.OfTheWeekdays(Evidence(context, context.Request.Today.Year), context.Document, context.ClassTimes, context.Request.Today, context.Warnings);
    }

    private static List<YearEvidence> Evidence(ImportContext context, int year)
    {
        var evidence = new List<YearEvidence>();
        foreach (var source in ScheduleSources.All)
        {
            context.ThrowIfCancelled();
            evidence.Add(source.EvidenceOfYear(context, year));
        }
        return evidence;
    }
}
