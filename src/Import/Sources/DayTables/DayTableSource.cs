namespace CourseFunctions.Import;

/// <summary>Sibling day tables, one per week under a dated heading, read as one schedule (<see cref="DayTableReader"/>).</summary>
internal sealed class DayTableSource : IScheduleSource
{
    public string Name => "day tables";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var language = context.Language;
        if (DayTableReader.Find(context.Document, context.Year, language) is not { Count: > 0 } parts) yield break;
        yield return new ScheduleCandidate("day tables", parts[0].Heading.Line + 1,
            (dates, sessions, log) => DayTableReader.Read(parts, dates, sessions, log),
            $"The schedule is the {parts.Count} day tables under dated week headings, from line {parts[0].Heading.Line + 1}: "
            + "each row is a session on its weekday of the heading's week.",
            [.. parts.Select(DayTableReader.DateText)]);
    }

    /// <summary>The headings' dates, each with its year when it has one.</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var parts = DayTableReader.Find(context.Document, year, context.Language);
        var fullDates = new ScheduleDateReader(null, NumericDateOrder.DayFirst);
        return parts.Count == 0 ? YearEvidence.None
            : new YearEvidence([], FullDate: parts.Select(part => fullDates.Find(part.HeadingText)).FirstOrDefault(date => date is not null));
    }
}
