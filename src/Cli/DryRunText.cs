using System.Globalization;
using System.Text;
using CourseFunctions.Core.Courses;
using CourseFunctions.Import;

namespace CourseFunctions.Cli;

/// <summary>
/// A dry run as people read it: a short table of the sessions, the counts, where the zone, the year and the class
/// times came from, what the reader left out, and the warnings. The guesses that move every session (a default zone,
/// a year nothing on the page states) come first, because they are the ones an instructor must act on.
/// </summary>
public static class DryRunText
{
    /// <summary>Long enough to recognise a topic, short enough to keep a row on one terminal line.</summary>
    private const int TopicWidth = 60;

    /// <param name="preview">The difference against storage, when the dry run could compare.</param>
    public static string Format(ImportResult result, ImportPreview? preview = null)
    {
        var (course, sessions, warnings) = result;
        var text = new StringBuilder();
        text.AppendLine($"{course.Id}: {course.Title}");
        text.AppendLine();
        AppendTable(text, sessions);
        text.AppendLine();
        text.AppendLine(Counts(sessions));
        var provenance = result.Provenance;
        text.AppendLine($"Time zone:   {course.TimeZone}" + (provenance is null ? "" : $" — {provenance.TimeZone}"));
        if (provenance is not null)
        {
            text.AppendLine($"Year:        {provenance.Year}");
            text.AppendLine($"Class times: {provenance.ClassTimes ?? "none on the page"}");
            text.AppendLine($"Confidence:  {provenance.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
            AppendUnusedBlocks(text, provenance.UnusedBlocks);
        }
        if (preview is not null) AppendPreview(text, preview);
        AppendWarnings(text, [.. Cautions(course, sessions, provenance), .. warnings.Select(Shown)]);
        return text.ToString();
    }

    /// <summary>What the import would change in storage, and the edits made since the last import that it keeps or overrides.</summary>
    private static void AppendPreview(StringBuilder text, ImportPreview preview)
    {
        text.AppendLine();
        if (!preview.Compared)
        {
            text.AppendLine($"Storage: not compared: {preview.Reason}. "
                + "Give the storage connection (--CourseStorage \"<connection string>\") to see what the import would change.");
            return;
        }
        text.AppendLine(preview.Changes.Count == 0
            ? "Storage: the import would change nothing."
            : $"Storage: the import would change {preview.Changes.Count} sessions:");
        foreach (var change in preview.Changes)
            text.AppendLine($"  {change.Kind.ToString().ToLowerInvariant(),-8} {DateOf(change.Date)}"
                + (change.Fields.Count > 0 ? $": {string.Join(", ", change.Fields.Select(ImportReports.NameOf))}" : ""));
        if (preview.Edits.Count == 0) return;
        text.AppendLine($"Edits made since the last import ({preview.Edits.Count}):");
        foreach (var edit in preview.Edits)
            text.AppendLine("  " + Describe(edit));
    }

    /// <summary>One edit the merge met, and what becomes of it.</summary>
    public static string Describe(StoredEdit edit)
    {
        var what = edit.Field == SessionField.Session
            ? (edit.Stored is null ? "session deleted since" : edit.Conflict ? "session edited since, which the page dropped" : "session added since")
            : $"{ImportReports.NameOf(edit.Field)} \"{edit.Stored ?? "none"}\"";
        var outcome = (edit.Conflict, edit.Kept) switch
        {
            (false, _) => "kept: the page did not change it",
            (true, true) => $"kept over the page's \"{edit.Page ?? "none"}\" (--keep-edits)",
            (true, false) => $"OVERRIDDEN by the page's \"{edit.Page ?? "no session"}\" (--keep-edits keeps it)",
        };
        return $"{DateOf(edit.Date)} {what}: {outcome}";
    }

    /// <summary>The guesses that shift every session, said first and with what fixes them.</summary>
    public static IEnumerable<string> Cautions(Course course, IReadOnlyList<Session> sessions, ImportProvenance? provenance)
    {
        if (provenance is null) yield break;
        if (provenance.TimeZoneIsDefault)
            yield return $"The time zone {course.TimeZone} is a default: the page names none. Set '{ImportProvenance.TimeZoneKey}:' in the front matter "
                + $"(e.g. '{ImportProvenance.TimeZoneKey}: America/Chicago') if the course meets elsewhere.";
        if (provenance.YearIsGuess)
            yield return $"The year{(sessions.Count > 0 ? $" {sessions[0].Date.Year}" : "")} is a guess ({provenance.Year}). "
                + "Add the semester to the page (e.g. 'semester: Fall 2025').";
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<Session> sessions)
    {
        if (sessions.Count == 0)
        {
            text.AppendLine("No sessions.");
            return;
        }
        string[] header = ["Date", "Time", "Status", "Topic"];
        var rows = sessions.Select(session => new[] { DateOf(session), TimeOf(session), StatusOf(session), TopicOf(session) }).ToList();
        var widths = Enumerable.Range(0, 3).Select(column => rows.Append(header).Max(row => row[column].Length)).ToArray();
        foreach (var row in rows.Prepend(header))
            text.AppendLine($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}".TrimEnd());
    }

    private static string DateOf(Session session) => DateOf(session.Date);

    private static string DateOf(DateOnly date) => date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string TimeOf(Session session) => (session.Start, session.End) switch
    {
        ({ } start, { } end) => $"{WireFormats.Time(start)}-{WireFormats.Time(end)}",
        ({ } start, null) => WireFormats.Time(start),
        _ => "",
    };

    private static string StatusOf(Session session)
    {
        var status = SessionText.Status(session.Status);
        return session.Kind == SessionKind.Lecture ? status : $"{status} ({SessionText.Kind(session.Kind)})";
    }

    private static string TopicOf(Session session)
    {
        var topic = string.Join("; ", session.Topics);
        if (topic.Length == 0 && session.Note is { } note) topic = note;
        topic = topic.ReplaceLineEndings(" ");
        return topic.Length <= TopicWidth ? topic : topic[..(TopicWidth - 1)] + "…";
    }

    private static string Counts(IReadOnlyList<Session> sessions)
    {
        var cancelled = sessions.Count(session => session.Status == SessionStatus.Cancelled);
        var kinds = sessions.Where(session => session.Kind != SessionKind.Lecture).GroupBy(session => session.Kind)
            .Select(group => $"{group.Count()} {group.Key.ToString().ToLowerInvariant()}");
        return string.Join(", ", new[] { $"{sessions.Count} sessions", $"{sessions.Count - cancelled} scheduled", $"{cancelled} cancelled" }.Concat(kinds));
    }

    private static void AppendUnusedBlocks(StringBuilder text, IReadOnlyList<UnusedBlock> blocks)
    {
        text.AppendLine($"Unused dated blocks: {(blocks.Count == 0 ? "none" : blocks.Count.ToString(CultureInfo.InvariantCulture))}");
        foreach (var block in blocks)
            text.AppendLine($"  {(block.Line is { } line ? $"line {line}: " : "")}{(block.Kind.Length > 0 ? $"{block.Kind}, " : "")}"
                + $"{(block.Dates > 0 ? $"{block.Dates} dates " : "")}\"{block.Label}\": {block.Reason}");
    }

    private static void AppendWarnings(StringBuilder text, IReadOnlyList<string> warnings)
    {
        text.AppendLine();
        text.AppendLine(warnings.Count == 0 ? "No warnings." : $"Warnings ({warnings.Count}):");
        for (var i = 0; i < warnings.Count; i++)
            text.AppendLine($"  {i + 1}. {warnings[i]}");
    }

    private static string Shown(ImportWarning warning) => warning.Line is { } line ? $"line {line}: {warning.Message}" : warning.Message;
}
