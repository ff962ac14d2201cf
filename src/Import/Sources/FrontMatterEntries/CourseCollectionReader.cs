using CourseFunctions.Core.Courses;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import;

/// <summary>
/// Reads al-folio's course-collection schedule: a front-matter <c>schedule:</c> list whose entries
/// have <c>week</c>, <c>date</c>, <c>topic</c>, <c>description</c> and <c>materials</c> (name and url). A YAML data file
/// (Jekyll <c>_data/schedule.yml</c>, Hugo <c>data/schedule.yaml</c>) is read as that list.
/// </summary>
internal static partial class CourseCollectionReader
{
    // NonBacktracking: front-matter values are untrusted text.
    [GeneratedRegex(@"<a\s[^<>]{0,500}?href\s*=\s*[""'](?<url>[^""'<>]{1,2000})[""'][^<>]{0,500}>(?<text>[^<]{0,500})</a>",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<[^<>]{0,500}>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    public static IEnumerable<(Session Session, int Line)> Read(
        FrontMatter frontMatter, ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        // al-folio calls it schedule; other themes and pandoc-style pages use sessions or lectures.
        foreach (var (entry, line) in frontMatter.GetMappings("schedule", "sessions", "lectures"))
        {
            ImportBudget.ThrowIfSpent();
            if (FrontMatter.Find(entry, "dates") is YamlMappingNode byDate)
            {
                foreach (var keyed in DatesAsKeys(byDate, frontMatter, dates, sessions)) yield return keyed;
                continue;
            }
            var dateText = FrontMatter.Scalar(FrontMatter.Find(entry, "date"));
            if (dateText is null || dates.Read(dateText) is not { } date)
            {
                var week = FrontMatter.Scalar(FrontMatter.Find(entry, "week"));
                warnings.RowSkipped(line, dateText is null
                    ? $"The schedule entry{(week is null ? "" : $" for week {week}")} has no date; it was skipped."
                    : $"\"{dateText}\" is not a date; the schedule entry was skipped.");
                continue;
            }
            // A list of topics holds names, or mappings with one ("lecture: [{topic: /games/intro}]", a Hugo data file's way).
            var topics = FrontMatter.Find(entry, "topics", "lecture", "lectures") is YamlSequenceNode list
                ? list.Children.Select(item => item is YamlMappingNode named
                        ? FrontMatter.Scalar(FrontMatter.Find(named, "topic", "title", "name"))
                        : FrontMatter.Scalar(item))
                    .OfType<string>()
                : new[] { FrontMatter.Scalar(FrontMatter.Find(entry, "topic", "title")) }.OfType<string>();
            var session = sessions.Create(date, topics, struck: false, IsCancelled(entry), Materials(entry), line, DataEntries.OwnHours(entry));
            var description = FrontMatter.Scalar(FrontMatter.Find(entry, "description"));
            yield return (description is null ? session : session with { Note = session.Note ?? description }, line);
        }
    }

    /// <summary>
    /// A week whose sessions are keyed by their dates ("dates: {Oct 22: {topics: {A: …, B: …}}, Oct 24: …}"): a session
    /// per key that reads as a date (a semester break's blank keys do not), its topics the values below it, and links
    /// written as HTML anchors its materials.
    /// </summary>
    private static IEnumerable<(Session Session, int Line)> DatesAsKeys(YamlMappingNode byDate, FrontMatter frontMatter,
        ScheduleDateReader dates, SessionFactory sessions)
    {
        foreach (var (key, value) in byDate.Children)
        {
            if (FrontMatter.Scalar(key) is not { } dateText || dates.Read(dateText) is not { } date) continue;
            var texts = Scalars(value).Take(50).ToList();
            var materials = texts.SelectMany(text => Anchor().Matches(text))
                .Select(anchor => new MaterialLink(
                    anchor.Groups["text"].Value.Trim() is { Length: > 0 } title ? title : "Link", anchor.Groups["url"].Value))
                .ToList();
            var topics = texts.Select(text => Tag().Replace(text, "").Trim()).Where(text => text.Length > 0).Distinct();
            var line = frontMatter.LineOf(key);
            yield return (sessions.Create(date, topics, struck: false, flaggedCancelled: false, materials, line), line);
        }
    }

    /// <summary>The scalars under a node, depth first, in order (bounded by the front matter's depth cap).</summary>
    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => FrontMatter.Scalar(scalar) is { } text ? [text] : [],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(pair => Scalars(pair.Value)),
        _ => [],
    };

    private static bool IsCancelled(YamlMappingNode entry) =>
        FrontMatter.Scalar(FrontMatter.Find(entry, "cancelled", "canceled"))?.ToLowerInvariant() is "true" or "yes"
        || FrontMatter.Scalar(FrontMatter.Find(entry, "status"))?.ToLowerInvariant() is "cancelled" or "canceled";

    private static IReadOnlyList<MaterialLink> Materials(YamlMappingNode entry)
    {
        if (FrontMatter.Find(entry, "materials", "slides", "links") is not YamlSequenceNode materials) return [];
        return materials.Children.Select(material => material switch
        {
            YamlMappingNode mapping when FrontMatter.Scalar(FrontMatter.Find(mapping, "url", "link")) is { } url =>
                new MaterialLink(FrontMatter.Scalar(FrontMatter.Find(mapping, "name", "title")) ?? "Link", url),
            YamlScalarNode { Value: { Length: > 0 } url } => new MaterialLink("Link", url),
            _ => null,
        }).OfType<MaterialLink>().ToList();
    }
}
