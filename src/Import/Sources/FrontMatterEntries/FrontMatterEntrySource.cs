namespace CourseFunctions.Import;

/// <summary>
/// Front-matter and data-file entries: a <c>schedule:</c>, <c>sessions:</c> or <c>lectures:</c> list (al-folio, a
/// Jekyll or Hugo data file), read by <see cref="CourseCollectionReader"/>.
/// </summary>
internal sealed class FrontMatterEntrySource : IScheduleSource
{
    public static readonly string[] ListKeys = ["schedule", "sessions", "lectures"];

    public string Name => "front-matter entries";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var entries = context.FrontMatter.GetMappings(ListKeys);
        if (entries.Count == 0) yield break;
        yield return new ScheduleCandidate("front-matter list", entries[0].Line,
            (dates, sessions, log) => CourseCollectionReader.Read(context.FrontMatter, dates, sessions, log));
    }

    /// <summary>The first entry whose date carries its year ("Mi, 21.09.22").</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var fullDates = new ScheduleDateReader(null, NumericDateOrder.DayFirst);
        var first = context.FrontMatter.GetMappings(ListKeys).Take(400)
            .Select(entry => FrontMatter.Scalar(FrontMatter.Find(entry.Entry, "date")) is { } date ? fullDates.Read(date) : null)
            .FirstOrDefault(found => found is not null);
        return first is null ? YearEvidence.None : new YearEvidence([], FullDate: first);
    }
}
