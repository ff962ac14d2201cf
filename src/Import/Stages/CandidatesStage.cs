namespace CourseFunctions.Import;

/// <summary>
/// Candidates: every registered schedule source's blocks that may be the schedule, each read into sessions in a log of
/// its own. Numeric dates are read in the day/month order judged over every candidate's dates;
/// dotted ones day.month unless the page's language writes them month.day (Chinese 4.16).
/// </summary>
internal sealed class CandidatesStage : IImportStage
{
    public string Name => "candidates";

    public void Run(ImportContext context)
    {
        var found = new List<ScheduleCandidate>();
        foreach (var source in ScheduleSources.All)
        {
            context.ThrowIfCancelled();
            found.AddRange(source.Find(context));
        }
        var order = NumericDateJudge.Judge(found.SelectMany(candidate => candidate.DateTexts ?? []),
            context.ClassTimes.ClassTimes.Select(c => c.Day).ToList(), context.Language, context.Year, context.Warnings);
        foreach (var candidate in found)
        {
            context.ThrowIfCancelled();
            var log = new WarningLog();
            var rows = new List<(Core.Courses.Session Session, int Line)>();
            var dates = new ScheduleDateReader(context.Year, order, context.DottedOrder);
            foreach (var row in candidate.Read(dates, new SessionFactory(context.ClassTimes, log), log))
            {
                if (rows.Count % 64 == 0) context.ThrowIfCancelled();
                rows.Add(row);
            }
            context.Candidates.Add(new ScheduleReading(candidate, rows, log));
        }
    }
}
