using Azure;
using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Writes of a course's partition that readers see whole or not at all, however many operations they carry (see
/// docs/storage-design.md, "One commit per write"). Up to 100 operations are one transaction. A larger write stages the
/// operations that do not fit, a batch per hidden row (<see cref="StageRecord"/>), then commits in one conditional
/// transaction the course row, marked with the write's id and its staged batches (<see cref="PendingWrite"/>), the audit
/// entry and as many operations as fit; then applies the staged batches, each in a transaction that moves the marker's
/// applied count on condition of the course row, so each is applied exactly once; then deletes the stage rows and clears
/// the marker. Whoever meets the marker finishes the write first, so after the commit no one sees part of it.
/// </summary>
internal sealed class StagedWrites(TableClient table)
{
    /// <summary>Operations per transaction after the commit: the last place is the course row's marker.</summary>
    private const int BatchOperations = CourseTransaction.MaxOperations - 1;

    /// <summary>The stage rows' JSON per staging transaction: well within a transaction's 4 MiB, escaping included.</summary>
    private const int MaxStagingChars = 2_000_000;

    /// <summary>Conflicts in a row with no progress of the write between them, before finishing gives up.</summary>
    private const int MaxStalledAttempts = 12;

    /// <summary>
    /// Commits <paramref name="commit"/> (the course row's operation first, on its condition, then the audit entry) with
    /// <paramref name="operations"/>, and finishes the write. Returns the course row's ETag once it is finished.
    /// </summary>
    /// <exception cref="TableTransactionFailedException">The commit's condition did not hold: nothing of the write is visible.</exception>
    public async Task<ETag> WriteAsync(CourseTransaction commit, IReadOnlyList<TableTransactionAction> operations, CancellationToken cancellationToken)
    {
        var room = CourseTransaction.MaxOperations - commit.Count;
        if (operations.Count <= room)
        {
            commit.AddRange(operations);
            return (await table.SubmitTransactionAsync(commit.Actions, cancellationToken)).Value[0].Headers.ETag!.Value;
        }

        var courseRow = (TableEntity)commit.Actions[0].Entity;
        var courseId = courseRow.PartitionKey;
        var writeId = Guid.NewGuid().ToString("N");
        var batches = new List<List<TableTransactionAction>>();
        var staging = new CourseTransaction();
        var stagingChars = 0;
        foreach (var batch in Batch(operations.Skip(room).Select(StageRecord.Unconditional)))
        {
            var row = StageRecord.ToEntity(courseId, writeId, batches.Count, batch.Select(op => op.Encoded));
            batches.Add(batch.Select(op => op.Operation).ToList());
            var chars = batch.Sum(op => op.Encoded.Length);
            if (staging.Count == CourseTransaction.MaxOperations || stagingChars + chars > MaxStagingChars)
            {
                await table.SubmitTransactionAsync(staging.Actions, cancellationToken);
                (staging, stagingChars) = (new CourseTransaction(), 0);
            }
            staging.Add(TableTransactionActionType.Add, row);
            stagingChars += chars;
        }
        await table.SubmitTransactionAsync(staging.Actions, cancellationToken);

        var pending = new PendingWrite(writeId, batches.Count, 0);
        PendingWrite.Mark(courseRow, pending.Id, pending.Batches);
        commit.AddRange(operations.Take(room));
        ETag etag;
        try
        {
            etag = (await table.SubmitTransactionAsync(commit.Actions, cancellationToken)).Value[0].Headers.ETag!.Value;
        }
        catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
        {
            // No one else knows this write's id: its stage rows are deleted without a condition.
            foreach (var batch in StageDeletions(courseId, pending).Chunk(CourseTransaction.MaxOperations))
                await table.SubmitTransactionAsync(batch, cancellationToken);
            throw;
        }
        // Committed, so acknowledged: the write is finished even if its caller stops waiting (a reader would otherwise finish it).
        return await FinishAsync(courseId, pending, etag, batches, CancellationToken.None);
    }

    /// <summary>Operations in batches of one transaction's worth, and of no more JSON than one stage row holds.</summary>
    private static IEnumerable<List<(TableTransactionAction Operation, string Encoded)>> Batch(IEnumerable<TableTransactionAction> operations)
    {
        var batch = new List<(TableTransactionAction Operation, string Encoded)>();
        var chars = 0;
        foreach (var operation in operations)
        {
            var encoded = StagedOperationCodec.Encode(operation);
            if (batch.Count == BatchOperations || (batch.Count > 0 && chars + encoded.Length + 1 > StageRecord.MaxBatchChars))
            {
                yield return batch;
                (batch, chars) = ([], 0);
            }
            batch.Add((operation, encoded));
            chars += encoded.Length + 1;
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>Finishes the write the course row's marker names, if any; the next read of the course row sees it finished.</summary>
    public async Task FinishAsync(TableEntity courseRow, CancellationToken cancellationToken)
    {
        if (PendingWrite.Of(courseRow) is { } pending) await FinishAsync(courseRow.PartitionKey, pending, courseRow.ETag, null, cancellationToken);
    }

    /// <param name="staged">The write's staged batches, when the caller holds them; otherwise they are read from the stage rows.</param>
    private async Task<ETag> FinishAsync(string courseId, PendingWrite pending, ETag etag, IReadOnlyList<List<TableTransactionAction>>? staged,
        CancellationToken cancellationToken)
    {
        var queryStageKeys = false;
        for (var stalled = 0; ; )
        {
            try
            {
                while (pending.IsUnapplied)
                {
                    staged ??= await ReadStagedAsync(courseId, pending, cancellationToken);
                    if (staged is null)
                    {
                        // Stage rows are deleted only once all are applied: another finisher got that far since the marker was read.
                        var (current, currentETag) = await RefreshAsync(courseId, pending, cancellationToken);
                        if (current is null) return currentETag;
                        if (current.IsUnapplied) throw new InvalidOperationException($"Stage rows of write {pending.Id} of {courseId} are missing.");
                        (pending, etag, queryStageKeys) = (current, currentETag, true);
                        break;
                    }
                    var next = pending.Applied + 1;
                    List<TableTransactionAction> batch =
                        [.. staged[pending.Applied], new(TableTransactionActionType.UpdateMerge, PendingWrite.Progress(courseId, next), etag)];
                    etag = (await table.SubmitTransactionAsync(batch, cancellationToken)).Value[^1].Headers.ETag!.Value;
                    pending = pending with { Applied = next };
                }
                var deletions = queryStageKeys ? await ReadStageDeletionsAsync(courseId, pending, cancellationToken) : StageDeletions(courseId, pending);
                var batches = deletions.Chunk(BatchOperations).ToList();
                if (batches.Count == 0) batches.Add([]);
                // The marker is cleared with the last stage rows, on condition of the course row, so that it stays until they are gone.
                batches[^1] = [.. batches[^1], new TableTransactionAction(TableTransactionActionType.UpdateMerge, PendingWrite.Cleared(courseId), etag)];
                Response<IReadOnlyList<Response>>? responses = null;
                foreach (var batch in batches) responses = await table.SubmitTransactionAsync(batch, cancellationToken);
                return responses!.Value[^1].Headers.ETag!.Value;
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
            {
                // Another finisher (a reader, the writer) or a slide's write got in first: go on from where the write stands now.
                var (current, currentETag) = await RefreshAsync(courseId, pending, cancellationToken);
                if (current is null) return currentETag;
                stalled = current.Applied > pending.Applied ? 0 : stalled + 1;
                if (stalled == MaxStalledAttempts) throw;
                // Stage rows may already be gone in part: from now on their keys are read, not assumed.
                queryStageKeys |= !current.IsUnapplied;
                (pending, etag) = (current, currentETag);
                await CourseTransaction.BackOffAsync(stalled + 1, cancellationToken);
            }
        }
    }

    /// <summary>The course row's marker for this write now (null once it is finished, or the course is gone), and the row's ETag.</summary>
    private async Task<(PendingWrite? Pending, ETag ETag)> RefreshAsync(string courseId, PendingWrite pending, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(courseId, CourseRecord.RowKey, cancellationToken: cancellationToken);
        if (!row.HasValue) return (null, default);
        var current = PendingWrite.Of(row.Value!);
        return (current?.Id == pending.Id ? current : null, row.Value!.ETag);
    }

    /// <summary>The write's staged batches in order; null when some are gone (another finisher cleaned them up).</summary>
    private async Task<List<List<TableTransactionAction>>?> ReadStagedAsync(string courseId, PendingWrite pending, CancellationToken cancellationToken)
    {
        var batches = new List<List<TableTransactionAction>>();
        await foreach (var row in table.QueryAsync<TableEntity>(StageFilter(courseId, pending), cancellationToken: cancellationToken))
            batches.Add(StageRecord.ToOperations(row));
        return batches.Count == pending.Batches ? batches : null;
    }

    private async Task<List<TableTransactionAction>> ReadStageDeletionsAsync(string courseId, PendingWrite pending, CancellationToken cancellationToken)
    {
        var deletions = new List<TableTransactionAction>();
        await foreach (var row in table.QueryAsync<TableEntity>(StageFilter(courseId, pending), select: ["RowKey"], cancellationToken: cancellationToken))
            deletions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(courseId, row.RowKey), ETag.All));
        return deletions;
    }

    private static List<TableTransactionAction> StageDeletions(string courseId, PendingWrite pending) =>
        Enumerable.Range(0, pending.Batches).Select(index => new TableTransactionAction(TableTransactionActionType.Delete,
            new TableEntity(courseId, StageRecord.RowKeyFor(pending.Id, index)), ETag.All)).ToList();

    private static string StageFilter(string courseId, PendingWrite pending)
    {
        var prefix = StageRecord.PrefixOf(pending.Id);
        return TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey ge {prefix} and RowKey lt {LogRows.EndOf(prefix)}");
    }
}
