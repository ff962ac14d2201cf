namespace CourseFunctions.Core.Notifications;

/// <summary>
/// An effective change not yet notified: the outbox marker written with the change, in the same transaction.
/// <paramref name="SessionDate"/> is null for a change of the course itself.
/// </summary>
/// <param name="MarkerId">Unique within the course: names the marker, and makes notice ids deterministic.</param>
/// <param name="Kind">What changed, e.g. "cancelled", "moved", "topics".</param>
/// <param name="Summary">The change in the course's words, e.g. "Fri 7 Feb: cancelled (Strike)".</param>
public sealed record PendingChange(string CourseId, string MarkerId, DateTimeOffset At, DateOnly? SessionDate, string Kind, string Summary);
