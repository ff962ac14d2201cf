namespace CourseFunctions.Import;

/// <summary>
/// Schedule entries anywhere in the front matter or a data file (YAML, or TOML made YAML), whatever their keys are
/// called: every mapping with a date under a date-like key ("date", "fecha", "data", "datum", "dates") is an entry;
/// entries are grouped by the path of keys to the list they stand in (a week's "martes:" and "jueves:" mappings belong
/// to the week's list, and the "days:" lists of every week are one list, as on Berkeley-CS61B/website-fa23's
/// _data/schedule.yml), and each group of two or more is a candidate. Topics come from title-like keys, or the other short texts.
/// </summary>
internal sealed class DataEntrySource : IScheduleSource
{
    public string Name => "data entries";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var groups = DataEntries.Find(context.FrontMatter, context.Year, context.Cancellation);
        foreach (var group in groups.Where(group => group.Count >= 2))
            yield return new ScheduleCandidate("data entries", group[0].Line,
                (dates, sessions, log) => group.SelectMany(entry => DataEntries.Read(entry, dates, sessions)),
                DateTexts: group.Select(entry => entry.DateText).ToList());
    }

    /// <summary>The entries' dates, with the weekday their key names ("martes:"), and the first written with its year.</summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var groups = DataEntries.Find(context.FrontMatter, ScheduleDateReader.AnyLeapYear, context.Cancellation);
        var entries = groups.Where(group => group.Count >= 2).SelectMany(group => group).Take(400).ToList();
        var first = entries.Select(DataEntries.FullDate).FirstOrDefault(date => date is not null);
        return new YearEvidence(entries.Select(entry => (entry.DateText, entry.Weekday)).ToList(), FullDate: first);
    }
}
