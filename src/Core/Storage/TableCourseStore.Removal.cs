using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Removing a course from its partition: its content (sessions, slide rows, the page as last imported, pending
/// notices) goes in transactions of up to 100 deletions; then the course row, with the audit entry and the change
/// record, in one last transaction. The audit and change rows stay: the removal is recorded beside them.
/// </summary>
public sealed partial class TableCourseStore
{
    /// <summary>The rows that go with the course besides its content (RowKey lt "~"): the import snapshot and the outbox.</summary>
    private static readonly string[] RemovedLogPrefixes = [ImportSnapshotRecord.RowKeyPrefix, LogRows.Outbox];

    public async Task<bool> DeleteCourseAsync(string courseId, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken)
    {
        if (condition.IfNoneExists) throw new ConcurrencyConflictException("A removal needs the version of the course it removes.");
        // A write left unfinished is finished first, so that its stage rows go with it.
        var courseRow = await ReadCourseRowForWriteAsync(courseId, cancellationToken);
        if (courseRow is null) return false;
        var (_, etag) = RowOperation(condition, courseRow);
        // A version already gone is refused before anything is deleted; the last transaction checks it again, atomically.
        if (courseRow.ETag != etag) throw Conflict(condition);

        var filters = RemovedLogPrefixes.Select(prefix => TableClient.CreateQueryFilter(
                $"PartitionKey eq {courseId} and RowKey ge {prefix} and RowKey lt {LogRows.EndOf(prefix)}"))
            .Prepend(TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey lt {LogRows.ContentEnd}"));
        var deletions = new List<TableTransactionAction>();
        foreach (var filter in filters)
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
                if (row.RowKey != CourseRecord.RowKey)
                    deletions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(courseId, row.RowKey), ETag.All));
        foreach (var batch in deletions.Chunk(CourseTransaction.MaxOperations))
            await _table.SubmitTransactionAsync(batch, cancellationToken);

        var now = time.GetUtcNow();
        var last = new CourseTransaction();
        last.Add(TableTransactionActionType.Delete, new TableEntity(courseId, CourseRecord.RowKey), etag);
        last.Audit(courseId, audit, now);
        // No outbox marker: the course's webhooks go with it, so there is no one to tell.
        last.Add(TableTransactionActionType.Add, ChangeRecord.ToChangeEntity(new CourseChange(NewestFirstKey.For(now), courseId,
            ChangeKind.CourseRemoved, DateOnly.FromDateTime(now.UtcDateTime), null, null, now, audit.Who)));
        try
        {
            await _table.SubmitTransactionAsync(last.Actions, cancellationToken);
        }
        catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
        {
            throw Conflict(condition);
        }
        await TouchCatalogAsync(courseId, cancellationToken);
        return true;
    }
}
