namespace CourseFunctions.Import;

/// <summary>Lists of sessions, one item per session, outside the course-information lists (<see cref="ListScheduleReader"/>).</summary>
internal sealed class ListSource : IScheduleSource
{
    public string Name => "list";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var dates = new ScheduleDateReader(context.Year, NumericDateOrder.MonthFirst, context.DottedOrder);
        if (ListScheduleReader.Find(context.Document, dates, context.InformationBlocks) is not { Count: > 0 } lists) yield break;
        yield return new ScheduleCandidate("list", lists[0].Line + 1,
            (dates, sessions, _) => lists.SelectMany(list => ListScheduleReader.Read(list, dates, sessions)));
    }

    /// <summary>The weekdays items write before their dates ("W 09/30"), and the first item dated with its year.</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year) =>
        new([.. ListScheduleReader.WrittenWeekdays(context.Document)], FullDate: ListScheduleReader.FirstFullDate(context.Document));
}
