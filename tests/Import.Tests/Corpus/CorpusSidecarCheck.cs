using System.Globalization;
using CourseFunctions.Core.Courses;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>Compares an import with its sidecar and lists every difference, so that one run shows them all.</summary>
internal static class CorpusSidecarCheck
{
    public static List<string> Differences(CorpusSidecar expected, ImportResult result)
    {
        var differences = new List<string>();
        void Expect(string what, string? want, string? got)
        {
            if (want != got) differences.Add($"{what}: expected {Show(want)}, got {Show(got)}");
        }

        var sessions = result.Sessions;
        Expect("dates", Dates(expected.Dates), Dates(sessions.Select(s => s.Date)));
        Expect("cancelled", Dates(expected.Cancelled), Dates(sessions.Where(s => s.Status == SessionStatus.Cancelled).Select(s => s.Date)));
        if (expected.Hours is { } hours)
            foreach (var session in sessions.Where(s => Hours(s) != hours))
                differences.Add($"hours of {session.Date:yyyy-MM-dd}: expected {hours}, got {Hours(session)}");
        if (expected.FirstStart is { } start)
            Expect("first start", start, sessions.Count == 0 ? "no session" : sessions[0].Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "none");

        var course = result.Course;
        foreach (var (key, want) in expected.Course)
            Expect($"course {key}", want, key switch
            {
                "title" => course.Title,
                "id" => course.Id,
                "time_zone" => course.TimeZone,
                "location" => course.Location,
                _ => throw new InvalidOperationException(key),
            });
        if (expected.ClassTimes is { } times)
        {
            // A day alone in the sidecar compares that class time's day only.
            var got = course.ClassTimes.Select((c, i) => ClassTime(c, dayOnly: i < times.Count && !times[i].Contains(' ')));
            Expect("class times", string.Join(", ", times), string.Join(", ", got));
        }

        foreach (var (date, facts) in expected.Sessions)
        {
            if (sessions.FirstOrDefault(s => s.Date == date) is not { } session) { differences.Add($"no session on {date:yyyy-MM-dd}"); continue; }
            foreach (var (key, node) in facts)
                Expect($"{key} of {date:yyyy-MM-dd}", Want(key, node), SessionFact(session, key, node));
        }

        foreach (var warning in expected.Warnings)
        {
            var matching = result.Warnings.Count(w => Matches(w, warning));
            var count = warning.TryGetValue("count", out var n) ? int.Parse(CorpusSidecar.Scalar(n)!, CultureInfo.InvariantCulture) : (int?)null;
            if (count is { } exactly ? matching != exactly : matching == 0)
                differences.Add($"warning {Describe(warning)}: {matching} found{(count is null ? "" : $", expected {count}")}; the warnings are:"
                    + string.Concat(result.Warnings.Select(w => $"\n    line {w.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {w.Message}")));
        }
        foreach (var text in expected.NoWarningContains)
            foreach (var w in result.Warnings.Where(w => w.Message.Contains(text, StringComparison.Ordinal)))
                differences.Add($"a warning contains \"{text}\", which it must not: {w.Message}");
        foreach (var topic in expected.NoSessionTopic)
            foreach (var s in sessions.Where(s => s.Topics.Contains(topic)))
                differences.Add($"the session of {s.Date:yyyy-MM-dd} has the topic \"{topic}\", which no session may have");
        return differences;
    }

    private static string? Want(string key, YamlNode? node) => key switch
    {
        "topics" or "materials" or "has_material_titled" => List(CorpusSidecar.Strings(node)),
        _ => CorpusSidecar.Scalar(node),
    };

    private static string? SessionFact(Session session, string key, YamlNode? node) => key switch
    {
        "kind" => session.Kind.ToString().ToLowerInvariant(),
        "status" => session.Status.ToString().ToLowerInvariant(),
        "topics" => List(session.Topics),
        "materials" => List(session.Materials.Select(m => m.Url)),
        // Titles the session's materials must include (others may be there too).
        "has_material_titled" => List(CorpusSidecar.Strings(node).Where(title => session.Materials.Any(m => m.Title == title))),
        "note" => session.Note,
        "hours" => Hours(session),
        _ => throw new InvalidOperationException(key),
    };

    private static bool Matches(ImportWarning warning, IReadOnlyDictionary<string, YamlNode?> expected) =>
        expected.All(pair => pair.Key switch
        {
            "contains" => CorpusSidecar.Strings(pair.Value).All(part => warning.Message.Contains(part, StringComparison.Ordinal)),
            "starts" => warning.Message.StartsWith(CorpusSidecar.Scalar(pair.Value)!, StringComparison.Ordinal),
            "is" => warning.Message == CorpusSidecar.Scalar(pair.Value),
            "line" => warning.Line?.ToString(CultureInfo.InvariantCulture) == CorpusSidecar.Scalar(pair.Value),
            "count" => true,
            _ => throw new InvalidOperationException(pair.Key),
        });

    private static string Describe(IReadOnlyDictionary<string, YamlNode?> warning) =>
        string.Join(", ", warning.Select(p => $"{p.Key} {string.Join(" + ", CorpusSidecar.Strings(p.Value).Select(s => $"\"{s}\""))}"));

    public static string Hours(Session session) => session.Start is null && session.End is null
        ? "none"
        : $"{session.Start?.ToString("HH:mm", CultureInfo.InvariantCulture)}-{session.End?.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private static string ClassTime(ClassTime time, bool dayOnly) =>
        dayOnly
            ? time.Day.ToString()
            : $"{time.Day} {time.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{time.End.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private static string Dates(IEnumerable<DateOnly> dates) => string.Join(" ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static string List(IEnumerable<string> items) => "[" + string.Join(" | ", items) + "]";

    private static string Show(string? text) => text is null ? "null" : $"\"{text}\"";
}
