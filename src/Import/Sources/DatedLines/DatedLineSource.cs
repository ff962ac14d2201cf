namespace CourseFunctions.Import;

/// <summary>Plain lines that open with their date, one per session, in paragraphs and headings (<see cref="DatedLineReader"/>).</summary>
internal sealed class DatedLineSource : IScheduleSource
{
    public string Name => "dated lines";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        // The order that reads more lines as dates: "19/8" reads only day first, though "12/8" reads either way.
        var monthFirst = DatedLineReader.Find(context.Document, new ScheduleDateReader(context.Year));
        var dayFirst = DatedLineReader.Find(context.Document, new ScheduleDateReader(context.Year, NumericDateOrder.DayFirst));
        var lines = dayFirst.Count > monthFirst.Count ? dayFirst : monthFirst;
        if (lines.Count == 0) yield break;
        yield return new ScheduleCandidate("dated lines", lines[0].Line,
            (dates, sessions, log) => DatedLineReader.Read(context.Document, lines, dates, sessions, log),
            $"The schedule is the {lines.Count} lines that open with a date, from line {lines[0].Line}.",
            [.. lines.Select(line => line.DateText)]);
    }

    /// <summary>The weekdays the lines write beside their dates, and the first line dated with its year.</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var lines = DatedLineReader.Find(context.Document, new ScheduleDateReader(year, NumericDateOrder.DayFirst));
        var fullDates = new ScheduleDateReader(null, NumericDateOrder.DayFirst);
        return lines.Count == 0 ? YearEvidence.None
            : new YearEvidence([.. lines.Take(400).Select(line => (line.DateText, NumericDateJudge.WrittenWeekday(line.DateText)))],
                FullDate: lines.Select(line => fullDates.Read(line.DateText)).FirstOrDefault(date => date is not null)) { What = "dated lines" };
    }
}
