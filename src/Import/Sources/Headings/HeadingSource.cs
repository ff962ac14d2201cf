namespace CourseFunctions.Import;

/// <summary>A heading per session ("##### Vrij 25 sep 2015"), its topics below it (<see cref="HeadingScheduleReader"/>).</summary>
internal sealed class HeadingSource : IScheduleSource
{
    public string Name => "dated headings";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var headings = HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(context.Year));
        if (headings.Count == 0) headings = HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(context.Year, NumericDateOrder.DayFirst));
        if (headings.Count == 0) yield break;
        yield return new ScheduleCandidate("dated headings", headings[0].Line + 1,
            (dates, sessions, log) => HeadingScheduleReader.Read(context.Document, headings, dates, sessions, log));
    }

    /// <summary>The first heading dated with its year.</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var fullDates = new ScheduleDateReader(null);
        return HeadingScheduleReader.Find(context.Document, fullDates) is { Count: > 0 } headings
            ? new YearEvidence([], FullDate: fullDates.Find(InlineText.Of(headings[0]).Text))
            : YearEvidence.None;
    }
}
