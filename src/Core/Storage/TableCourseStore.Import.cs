using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// An import's write. Every transaction carries the course row on condition of its ETag, so the import's If-Match is
/// checked by the write itself, and an edit of any session (which moves the course's revision) between the read and
/// the write makes the write fail rather than be overwritten: with "If-Match: *" the import then reads again and
/// retries. A schedule of up to about 30 changed sessions is one transaction; a larger one is several, chained by
/// the course row's ETag, with the course row's new content and the audit entry in the last.
/// </summary>
public sealed partial class TableCourseStore
{
    /// <summary>Operations of each transaction left for the course row and the audit entry.</summary>
    private const int MaxGroupOperations = CourseTransaction.MaxOperations - 2;

    public Task<SaveSummary> SaveAsync(Course course, IReadOnlyList<Session> sessions, CancellationToken cancellationToken) =>
        SaveAsync(course, sessions, WriteCondition.Matching("*"), null, keepEdits: false, cancellationToken);

    public async Task<ImportState?> GetImportStateAsync(string courseId, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await ReadPartitionAsync(courseId, cancellationToken);
            if (existing.Course is null) return null;
            var snapshot = await ReadImportSnapshotAsync(courseId, cancellationToken);
            return new ImportState(
                existing.Sessions.Select(row => SessionRecord.ToStoredSession(row).Session).ToList(), ImportSnapshotRecord.ToSessions(snapshot));
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null; // No table yet: nothing stored.
        }
    }

    /// <summary>The rows of the page as last imported (see <see cref="ImportSnapshotRecord"/>).</summary>
    private async Task<List<TableEntity>> ReadImportSnapshotAsync(string courseId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var prefix = ImportSnapshotRecord.RowKeyPrefix;
        await foreach (var row in _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey ge {prefix} and RowKey lt {LogRows.EndOf(prefix)}"),
            cancellationToken: cancellationToken))
            rows.Add(row);
        return rows;
    }

    public async Task<SaveSummary> SaveAsync(Course course, IReadOnlyList<Session> sessions, WriteCondition condition, AuditNote? audit,
        bool keepEdits, CancellationToken cancellationToken)
    {
        // Once a transaction of this import is in, the import holds the course: later attempts match what they read.
        var holds = condition.IfMatch == "*";
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await ReadPartitionAsync(course.Id, cancellationToken);
            var previousCourse = existing.Course is null ? null : CourseRecord.ToCourse(existing.Course);
            // A page says nothing of the course's options set through the API: they are kept.
            course = course with
            {
                Culture = course.Culture ?? previousCourse?.Culture,
                CancelledInCalendar = course.CancelledInCalendar ?? previousCourse?.CancelledInCalendar,
            };
            var etag = CourseCondition(condition, existing.Course, holds);
            // A snapshot left by a course since deleted is no base: the course starts again from its page (and replaces it).
            var snapshot = await ReadImportSnapshotAsync(course.Id, cancellationToken);
            var merge = ScheduleMerge.Merge(existing.Course is null ? null : ImportSnapshotRecord.ToSessions(snapshot),
                existing.Sessions.Select(row => SessionRecord.ToStoredSession(row).Session).ToList(), sessions, keepEdits);
            if (merge.Sessions.Count > options.Value.MaxSessionsPerCourse)
                throw new SessionCapException(options.Value.MaxSessionsPerCourse, merge.Sessions.Count);
            var plan = SchedulePlan.Build(previousCourse, existing.Sessions, course, merge.Sessions, now, audit?.Who ?? "");
            // The page as imported now is the next import's base, written in the same transactions as the sessions.
            plan.Groups.AddRange(ImportSnapshotRecord.Replace(course.Id, snapshot, sessions, now)
                .Select(action => new List<TableTransactionAction> { action }));

            var courseHash = CourseRecord.ContentHashOf(course);
            var courseChanged = existing.Course?.GetString("ContentHash") != courseHash;
            var summary = new SaveSummary(plan.Created, plan.Updated, plan.Unchanged, plan.Deleted) { Edits = merge.Edits };
            if (plan.Groups.Count == 0 && !courseChanged)
            {
                // Nothing students would see changes, and nothing is recorded but the audit entry; the condition still holds the import.
                if (existing.Course is not null && existing.Course.ETag != etag)
                    throw new ConcurrencyConflictException("The course changed since it was read.");
                if (audit is not null) await _table.AddEntityAsync(AuditRecord.ToEntity(course.Id, audit, now), cancellationToken);
                return summary;
            }

            var scheduleModifiedAt = ScheduleRevision.Next(existing.Course is null ? null : CourseRecord.ScheduleModifiedAtOf(existing.Course), now);
            var courseRow = CourseRecord.ToEntity(
                course with { UpdatedAt = courseChanged ? now : previousCourse!.UpdatedAt }, courseHash, scheduleModifiedAt);
            try
            {
                await WriteInTransactionsAsync(existing.Course, courseRow, etag, plan, audit, now, () => holds = true, cancellationToken);
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error) && holds)
            {
                if (attempt == MaxAttempts) throw new ConcurrencyConflictException("The course kept changing while it was imported.");
                await CourseTransaction.BackOffAsync(attempt, cancellationToken);
                continue;
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
            {
                throw new ConcurrencyConflictException("The course changed since it was read.");
            }
            if (courseChanged) await TouchCatalogAsync(course.Id, cancellationToken);
            else changes.Notify(course.Id);
            return summary;
        }
    }

    /// <summary>
    /// The groups of the plan in as few transactions as fit. An existing course's row is in each, on condition of the
    /// ETag the previous one left; a new course's row is added in the last, so readers see it only with its sessions.
    /// </summary>
    private async Task WriteInTransactionsAsync(TableEntity? previousCourseRow, TableEntity courseRow, ETag etag, SchedulePlan plan,
        AuditNote? audit, DateTimeOffset now, Action committed, CancellationToken cancellationToken)
    {
        var batches = Batches(plan.Groups).ToList();
        if (batches.Count == 0) batches.Add([]);
        for (var i = 0; i < batches.Count; i++)
        {
            var last = i == batches.Count - 1;
            var write = new CourseTransaction();
            write.AddRange(batches[i]);
            int courseIndex;
            if (previousCourseRow is null)
            {
                courseIndex = last ? write.Add(TableTransactionActionType.Add, courseRow) : -1;
            }
            else
            {
                // Before the last transaction the course row only carries the condition forward: its revision is unchanged.
                var row = last ? courseRow : new TableEntity(courseRow.PartitionKey, CourseRecord.RowKey)
                {
                    [CourseRecord.ScheduleModifiedAt] = CourseRecord.ScheduleModifiedAtOf(previousCourseRow),
                };
                courseIndex = write.Add(TableTransactionActionType.UpdateMerge, row, etag);
            }
            if (last) write.Audit(courseRow.PartitionKey, audit, now);
            var responses = await _table.SubmitTransactionAsync(write.Actions, cancellationToken);
            committed();
            if (courseIndex >= 0 && responses.Value[courseIndex].Headers.ETag is { } next) etag = next;
        }
    }

    /// <summary>The ETag the course row must have: the editor's version, or, with "*" or once the import holds the course, the one read.</summary>
    private static ETag CourseCondition(WriteCondition condition, TableEntity? current, bool holds)
    {
        if (condition.IfNoneExists && !holds)
            return current is null ? default : throw new ConcurrencyConflictException("The course exists already.");
        if (condition.IfMatch == "*" || holds) return current?.ETag ?? default;
        if (current is null) throw new ConcurrencyConflictException("The course does not exist.");
        return condition.IfMatch is { } token && VersionTokens.ToETag(token) is { } etag
            ? etag
            : throw new ConcurrencyConflictException("The version given is not one this API issued.");
    }

    private static IEnumerable<List<TableTransactionAction>> Batches(IEnumerable<List<TableTransactionAction>> groups)
    {
        var batch = new List<TableTransactionAction>();
        foreach (var group in groups)
        {
            if (batch.Count + group.Count > MaxGroupOperations)
            {
                yield return batch;
                batch = [];
            }
            batch.AddRange(group);
        }
        if (batch.Count > 0) yield return batch;
    }
}
