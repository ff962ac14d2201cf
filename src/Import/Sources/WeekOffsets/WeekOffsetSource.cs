namespace CourseFunctions.Import;

/// <summary>Dates computed from a term start and each week's offset (<see cref="WeekOffsetReader"/>).</summary>
internal sealed class WeekOffsetSource : IScheduleSource
{
    public string Name => "week offsets";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var weeks = context.FrontMatter.GetMappings("weeks");
        if (weeks.Count == 0 || context.FrontMatter.GetString(WeekOffsetReader.StartKeys) is null) yield break;
        yield return new ScheduleCandidate("week offsets", weeks[0].Line,
            (_, sessions, log) => WeekOffsetReader.Read(context.FrontMatter, sessions, log));
    }

    public YearEvidence EvidenceOfYear(ImportContext context, int year) => YearEvidence.None;
}
