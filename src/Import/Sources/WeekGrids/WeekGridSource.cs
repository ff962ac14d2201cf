namespace CourseFunctions.Import;

/// <summary>
/// Week grids: a table of weeks with a column (or row) per weekday, the sessions placed by the week's date or the term
/// start. They vote only when no source found written dates.
/// </summary>
internal sealed class WeekGridSource : IScheduleSource
{
    public string Name => "week grid";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var weekTables = context.WeekTables;
        if (weekTables.Count == 0) yield break;
        var termStart = context.FrontMatter.GetString("start_date", "term_start", "first_day", "start") is { } start
            ? new ScheduleDateReader(context.Year).Read(start) : null;
        // Week tables with the first one's header are its parts (a table per unit), read in page order.
        var header = ScheduleTableReader.HeaderKey(weekTables[0]);
        var parts = weekTables.Where(table => ScheduleTableReader.HeaderKey(table) == header).ToList();
        yield return new ScheduleCandidate("week grid", weekTables[0].Line + 1,
            (dates, sessions, log) => parts.SelectMany(part =>
                WeekTableReader.Read(part, termStart, dates, context.ClassTimes.ClassTimes, sessions, log, WeekTableReader.Caption(part))),
            Fallback: true);
    }

    /// <summary>The dates labelling the grids' weeks, which fall on the grids' first weekday.</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year) =>
        new([.. WeekTableReader.DatedWeekLabels(context.WeekTables)], Exact: false);
}
