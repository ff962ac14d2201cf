using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Slides;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import;

/// <summary>Finds and reads the dated entries of a front matter or data file (<see cref="DataEntrySource"/>).</summary>
internal static class DataEntries
{
    /// <summary>A data file holds a few hundred entries; walking more nodes than this costs time for nothing.</summary>
    private const int MaxNodes = 20_000;

    public sealed record Entry(YamlMappingNode Node, string DateText, DayOfWeek? Weekday, int Line);

    /// <summary>Keys of an entry's date, the likelier first: "dates" (each meeting) before "start" (the week's first day).</summary>
    private static readonly string[] DateKeys =
    [
        "dates", "date", "fecha", "fechas", "data", "datum", "jour", "giorno", "dia", "day", "when", "tanggal", "dato", "paiva", "den",
        "日付", "日期", "날짜", "lecture_date", "class_date", "session_date", "start",
    ];

    private static readonly string[] TopicKeys =
    [
        "title", "topic", "topics", "name", "lecture", "lectures", "subject", "content", "contents", "tema", "temas", "teorica", "practica",
        "event", "description", "titel", "thema", "titre", "sujet", "argomento", "assunto", "conteudo", "contenido", "label",
    ];

    private static readonly string[] CancelledKeys = ["cancelled", "canceled", "holiday", "no_class", "noclass"];

    /// <param name="year">The year dates without one are tried in (either day/month order: the page's is judged later).</param>
    public static List<List<Entry>> Find(FrontMatter frontMatter, int year, CancellationToken cancellationToken)
    {
        ScheduleDateReader[] probe = [new(year, NumericDateOrder.MonthFirst), new(year, NumericDateOrder.DayFirst)];
        // Keyed by the path of keys to the list ("[]/days"): a list per week ("- week: 1 / days: [...]") is one schedule.
        var groups = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var visited = 0;
        void Walk(YamlNode node, string path, string group, string? key, int depth)
        {
            if (++visited > MaxNodes || depth > FrontMatter.MaxDepth) return;
            if (visited % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children) Walk(child, path + "[]", path, null, depth + 1);
                    break;
                case YamlMappingNode mapping:
                    if (DateOf(mapping, probe) is { } dateText)
                    {
                        var weekday = key is null ? null : ClassTimesReader.ToDay(SearchText.Fold(key));
                        groups.TryAdd(group, []);
                        groups[group].Add(new Entry(mapping, dateText, weekday, frontMatter.LineOf(mapping)));
                        return;
                    }
                    foreach (var (name, value) in mapping.Children)
                        Walk(value, $"{path}/{FrontMatter.Scalar(name)}", group, FrontMatter.Scalar(name), depth + 1);
                    break;
            }
        }
        if (frontMatter.Root is { } root) Walk(root, "", "", null, 0);
        return groups.Values.ToList();
    }

    public static IEnumerable<(Session Session, int Line)> Read(Entry entry, ScheduleDateReader dates, SessionFactory sessions)
    {
        var listed = dates.ReadAll(entry.DateText);
        if (listed.Count == 0) yield break;
        var topics = Topics(entry.Node).ToList();
        var cancelled = CancelledKeys.Any(key => FrontMatter.Scalar(FrontMatter.Find(entry.Node, key))?.ToLowerInvariant() is "true" or "yes")
            || FrontMatter.Scalar(FrontMatter.Find(entry.Node, "status"))?.ToLowerInvariant() is "cancelled" or "canceled";
        var materials = Links(entry.Node).ToList();
        var hours = OwnHours(entry.Node);
        foreach (var date in listed)
            yield return (sessions.Create(date, topics, struck: false, cancelled, materials, entry.Line, hours), entry.Line);
    }

    /// <summary>
    /// The entry's own hours under a key for class times ("time: 13:30-15:30", "horario: 18h00"): a data file's entries
    /// may each meet at another hour. A number alone ("hours: 2", a length) is no time.
    /// </summary>
    public static (TimeOnly Start, TimeOnly? End)? OwnHours(YamlMappingNode entry)
    {
        foreach (var (name, value) in entry.Children)
        {
            if (FrontMatter.Scalar(name) is not { } key || !Vocabulary.InfoLabels.TryGetValue(SearchText.Fold(key).Replace('_', ' '), out var field)
                || field != Vocabulary.InfoField.ClassTimes) continue;
            if (FrontMatter.Scalar(value) is { Length: > 0 and < 60 } text && ClassTimesReader.ReadOwnHours(text) is { } hours) return hours;
        }
        return null;
    }

    /// <summary>The entry's date text: the value of its first date-like key that reads as a date.</summary>
    private static string? DateOf(YamlMappingNode mapping, ScheduleDateReader[] probe)
    {
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var (name, value) in mapping.Children)
        {
            if (FrontMatter.Scalar(name) is not { } key
                || Array.IndexOf(DateKeys, SearchText.Fold(key).Replace('-', '_')) is not (>= 0 and var rank) || rank >= bestRank) continue;
            if (FrontMatter.Scalar(value) is { Length: < 100 } text && probe.Any(reader => reader.Read(text) is not null)) (best, bestRank) = (text, rank);
        }
        return best;
    }

    /// <summary>A date with its year among the entry's values ("start: 2026-08-24" beside "dates: August 24, 26"), if any.</summary>
    public static DateOnly? FullDate(Entry entry)
    {
        var fullDates = new ScheduleDateReader(null, NumericDateOrder.DayFirst);
        return fullDates.Read(entry.DateText) ?? entry.Node.Children.Select(pair => FrontMatter.Scalar(pair.Value))
            .Where(value => value is { Length: < 40 }).Select(value => fullDates.Read(value!)).FirstOrDefault(date => date is not null);
    }

    private static IEnumerable<string> Topics(YamlMappingNode entry)
    {
        // "lecture_topic:", "session_title:": a title-like key with what it titles before it, after the plain ones.
        var qualified = entry.Children.Select(pair => FrontMatter.Scalar(pair.Key)).OfType<string>()
            .Where(key => key.ToLowerInvariant() is var lower && (lower.EndsWith("_topic", StringComparison.Ordinal)
                || lower.EndsWith("_topics", StringComparison.Ordinal) || lower.EndsWith("_title", StringComparison.Ordinal)));
        foreach (var key in TopicKeys.Concat(qualified))
        {
            switch (FrontMatter.Find(entry, key))
            {
                case YamlScalarNode scalar when FrontMatter.Scalar(scalar) is { } text:
                    yield return text;
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children.Take(20))
                    {
                        var title = item is YamlMappingNode named
                            ? FrontMatter.Scalar(FrontMatter.Find(named, "title", "topic", "name"))
                            : FrontMatter.Scalar(item);
                        if (title is { } text) yield return text;
                    }
                    break;
            }
        }
    }

    private static IEnumerable<MaterialLink> Links(YamlMappingNode entry) =>
        entry.Children.Where(pair => FrontMatter.Scalar(pair.Value) is { } value && value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Take(20).Select(pair => new MaterialLink(FrontMatter.Scalar(pair.Key) ?? "Link", FrontMatter.Scalar(pair.Value)!));
}
