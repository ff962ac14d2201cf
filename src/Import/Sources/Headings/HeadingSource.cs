namespace CourseFunctions.Import;

/// <summary>A heading per session ("##### Vrij 25 sep 2015"), its topics below it (<see cref="HeadingScheduleReader"/>).</summary>
internal sealed class HeadingSource : IScheduleSource
{
    public string Name => "dated headings";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        // In the order that dates the most headings: read month first, "Aula 05 - 17/02/2025" is no date, and the
        // headings left would be only the days up to the 12th.
        var monthFirst = HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(context.Year, NumericDateOrder.MonthFirst, context.DottedOrder));
        var dayFirst = HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(context.Year, NumericDateOrder.DayFirst, context.DottedOrder));
        var headings = dayFirst.Count > monthFirst.Count ? dayFirst : monthFirst;
        if (headings.Count == 0) yield break;
        yield return new ScheduleCandidate("dated headings", headings[0].Line + 1,
            (dates, sessions, log) => HeadingScheduleReader.Read(context.Document, headings, dates, sessions, log));
    }

    /// <summary>
    /// The dated headings with the weekday each writes ("### Tuesday, August 27"), and the first heading dated with its year
    /// (in its text or on its date line).
    /// </summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var anyYear = new ScheduleDateReader(ScheduleDateReader.AnyLeapYear);
        var dated = HeadingScheduleReader.Find(context.Document, anyYear).Take(400)
            .Select(heading => InlineText.Of(heading).Text).Where(text => anyYear.Find(text) is not null)
            .Select(text => (text, NumericDateJudge.WrittenWeekday(text))).ToList();
        return HeadingScheduleReader.Find(context.Document, new ScheduleDateReader(null)).Count > 0
            ? new YearEvidence(dated, FullDate: HeadingScheduleReader.FirstDate(context.Document, new ScheduleDateReader(null)))
            : new YearEvidence(dated);
    }
}
