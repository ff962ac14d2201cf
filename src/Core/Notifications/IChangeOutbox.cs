namespace CourseFunctions.Core.Notifications;

/// <summary>The changes waiting to be notified, across courses, and their removal once their notices are queued.</summary>
public interface IChangeOutbox
{
    /// <summary>Pending changes, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<PendingChange>> ReadPendingAsync(int max, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<PendingChange> changes, CancellationToken cancellationToken);
}
