using CourseFunctions.Core.Representation;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// One notice: what changed for one session within one hold-back window, each kind of change once, from what
/// students saw before the first edit to what they see after the last, with the session as it is when the notice is
/// made (<paramref name="Session"/>, null once it is removed).
/// </summary>
public sealed record Notice(
    string Id, string CourseId, string CourseTitle, DateOnly Date, IReadOnlyList<NoticeChange> Changes,
    SessionResponse? Session, string? ScheduleUrl, DateTimeOffset At)
{
    public IReadOnlyList<string> Summaries => [.. Changes.Select(change => change.Summary)];
}

/// <param name="Kind">The change log's kind, as the changes API names it: "cancelled", "timeChanged", …</param>
/// <param name="Summary">The change in words, e.g. "Fri 7 Feb: cancelled (Strike)".</param>
public sealed record NoticeChange(string Kind, string? Before, string? After, string Summary);
