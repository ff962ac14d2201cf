namespace CourseFunctions.Core.Changes;

/// <summary>
/// Reads the change log and its outbox. Changes are written only by the store's writes (in their transaction);
/// this is the read side, and the dispatcher's side of the outbox.
/// </summary>
public interface ICourseChangeLog
{
    /// <summary>Up to <paramref name="max"/> changes, newest first, after the change <paramref name="after"/> names (a page's cursor).</summary>
    Task<ChangePage> ReadPageAsync(string courseId, string? after, int max, CancellationToken cancellationToken);

    /// <summary>Pending outbox markers of every course, up to <paramref name="max"/>, in no particular order across courses.</summary>
    Task<IReadOnlyList<OutboxMarker>> ListPendingAsync(int max, CancellationToken cancellationToken);

    /// <summary>Removes a marker once its notice is enqueued. Removing one already gone is not an error.</summary>
    Task DeletePendingAsync(OutboxMarker marker, CancellationToken cancellationToken);
}
