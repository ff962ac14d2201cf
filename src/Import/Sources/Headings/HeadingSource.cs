namespace CourseFunctions.Import;

/// <summary>A heading per session ("##### Vrij 25 sep 2015"), its topics below it (<see cref="HeadingScheduleReader"/>).</summary>
internal sealed class HeadingSource : IScheduleSource
{
    public string Name => "dated headings";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        // The order that reads more headings as dates: "19/08/21" reads only day first, though "05/08/21" reads either way.
        var monthFirst = HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(context.Year));
        var dayFirst = HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(context.Year, NumericDateOrder.DayFirst));
        var headings = dayFirst.Count > monthFirst.Count ? dayFirst : monthFirst;
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
