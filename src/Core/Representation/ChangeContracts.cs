namespace CourseFunctions.Core.Representation;

/// <summary>
/// A page of GET /api/courses/{courseId}/changes, newest first; <c>next</c> is the URL of the older page, or null at the
/// end; <c>atom</c> is the same changes as an Atom feed.
/// </summary>
public sealed record ChangeListResponse(string CourseId, IReadOnlyList<ChangeResponse> Changes, string? Next, string Atom);

/// <summary>
/// One change students see: <c>kind</c> (cancelled, restored, added, moved, removed, timeChanged, roomChanged, topicsFilled,
/// slidesPublished, detailsChanged), the session's <c>sessionDate</c>, what it was and is (<c>before</c>, <c>after</c>),
/// when (<c>at</c>), and <c>title</c>, the change in the course's words ("Fri 7 Feb: cancelled (Strike)"). Who made it is
/// in the editors' audit log, not here.
/// </summary>
public sealed record ChangeResponse(string Id, string Kind, string SessionDate, string? Before, string? After, DateTimeOffset At, string Title);
