namespace CourseFunctions.Core.Changes;

/// <summary>
/// One effective change of a course's schedule, recorded in the same table transaction as the change itself
/// (see docs/storage-design.md), so that there is never a change without its record, or the reverse.
/// </summary>
/// <param name="Id">Unique, and sorts newest first: inverted ticks of <paramref name="At"/>, a dash, a GUID.</param>
/// <param name="SessionDate">The session's date; for a move, its new date (the old one is <paramref name="Before"/>).</param>
/// <param name="Before">What students saw before, in invariant form: "09:00–10:30" for times, "2025-02-07" for dates,
/// the room, the topics joined by "; "; null when there was nothing (an added session).</param>
/// <param name="After">What they see now, in the same form; for a cancellation, the reason the instructor gave.</param>
/// <param name="Who">The editor, as the audit log names them.</param>
public sealed record CourseChange(
    string Id,
    string CourseId,
    ChangeKind Kind,
    DateOnly SessionDate,
    string? Before,
    string? After,
    DateTimeOffset At,
    string Who);
