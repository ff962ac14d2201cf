using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The operations of one entity-group transaction in a course's partition: the content rows a write changes, the
/// course row's revision, the audit entry, and a change row and an outbox marker per change. All or nothing.
/// </summary>
internal sealed class CourseTransaction
{
    /// <summary>Table Storage's limit of operations in one entity-group transaction.</summary>
    public const int MaxOperations = 100;

    public List<TableTransactionAction> Actions { get; } = [];

    public int Count => Actions.Count;

    /// <summary>Adds an operation after checking the entity against Table Storage's limits; returns its index.</summary>
    public int Add(TableTransactionActionType type, TableEntity entity, ETag etag = default)
    {
        TableLimits.EnsureWithinLimits(entity);
        Actions.Add(new TableTransactionAction(type, entity, etag));
        return Actions.Count - 1;
    }

    public void AddRange(IEnumerable<TableTransactionAction> actions) => Actions.AddRange(actions);

    public void Audit(string courseId, AuditNote? note, DateTimeOffset at)
    {
        if (note is not null) Add(TableTransactionActionType.Add, AuditRecord.ToEntity(courseId, note, at));
    }

    /// <summary>Moves the course's revision forward, on condition that the course row is the one read.</summary>
    public int Touch(TableEntity courseRow, DateTimeOffset now) => Add(TableTransactionActionType.UpdateMerge,
        new TableEntity(courseRow.PartitionKey, CourseRecord.RowKey)
        {
            [CourseRecord.ScheduleModifiedAt] = ScheduleRevision.Next(CourseRecord.ScheduleModifiedAtOf(courseRow), now),
        }, courseRow.ETag);

    /// <summary>The operations that record changes: each change's row and its outbox marker.</summary>
    public static IEnumerable<TableTransactionAction> Records(IEnumerable<CourseChange> changes) => changes.SelectMany(change => new[]
    {
        new TableTransactionAction(TableTransactionActionType.Add, ChangeRecord.ToChangeEntity(change)),
        new TableTransactionAction(TableTransactionActionType.Add, ChangeRecord.ToOutboxEntity(change)),
    });

    /// <summary>Another writer got there first, or the row the condition names is gone or already there.</summary>
    public static bool IsConflict(TableTransactionFailedException error) => error.Status is 409 or 412 or 404;

    /// <summary>A short, growing, jittered pause before another attempt, so that two writers do not collide again in step.</summary>
    public static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
}
