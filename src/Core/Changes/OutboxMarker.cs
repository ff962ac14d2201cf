namespace CourseFunctions.Core.Changes;

/// <summary>
/// A change not yet handed to the notification queue. Written with the change, in the same transaction;
/// deleted by the dispatcher once it has enqueued the notice, so a crash in between sends it again (at least once).
/// </summary>
public sealed record OutboxMarker(CourseChange Change)
{
    public string CourseId => Change.CourseId;
    public string ChangeId => Change.Id;
}
