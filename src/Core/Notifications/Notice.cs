using CourseFunctions.Core.Representation;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// One notice: the changes of one session (or of the course itself) within one hold-back window, with the
/// session's state when the notice was made. <paramref name="Session"/> is null when the session is gone or the
/// change is of the course.
/// </summary>
public sealed record Notice(
    string Id, string CourseId, string CourseTitle, DateOnly? Date, IReadOnlyList<string> Kinds, IReadOnlyList<string> Summaries,
    SessionResponse? Session, string? ScheduleUrl, DateTimeOffset At);
