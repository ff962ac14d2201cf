using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// An import's write. Its commit carries the course row on condition of its ETag, so the import's If-Match is checked
/// by the write itself, and an edit of any session (which moves the course's revision) between the read and the write
/// makes the write fail rather than be overwritten: with "If-Match: *" the import then reads again and retries. However
/// many sessions change, readers see all of it or none (<see cref="StagedWrites"/>).
/// </summary>
public sealed partial class TableCourseStore
{
    public Task<SaveSummary> SaveAsync(Course course, IReadOnlyList<Session> sessions, CancellationToken cancellationToken) =>
        SaveAsync(course, sessions, WriteCondition.Matching("*"), null, keepEdits: false, cancellationToken);

    public async Task<ImportState?> GetImportStateAsync(string courseId, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await ReadPartitionAsync(courseId, forWrite: false, cancellationToken);
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
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await ReadPartitionAsync(course.Id, forWrite: true, cancellationToken);
            var previousCourse = existing.Course is null ? null : CourseRecord.ToCourse(existing.Course);
            // A page says nothing of the course's options set through the API: they are kept.
            course = course with
            {
                Culture = course.Culture ?? previousCourse?.Culture,
                CancelledInCalendar = course.CancelledInCalendar ?? previousCourse?.CancelledInCalendar,
            };
            var etag = CourseCondition(condition, existing.Course);
            // A snapshot left by a course since deleted is no base: the course starts again from its page (and replaces it).
            var snapshot = await ReadImportSnapshotAsync(course.Id, cancellationToken);
            var merge = ScheduleMerge.Merge(existing.Course is null ? null : ImportSnapshotRecord.ToSessions(snapshot),
                existing.Sessions.Select(row => SessionRecord.ToStoredSession(row).Session).ToList(), sessions, keepEdits);
            // Counted against the course row's version the commit is on condition of: a session created since makes the commit
            // fail, and the import read and count again (a create, likewise, fails on the version this import's commit moves).
            if (merge.Sessions.Count > options.Value.MaxSessionsPerCourse)
                throw new SessionCapException(options.Value.MaxSessionsPerCourse, merge.Sessions.Count);
            var plan = SchedulePlan.Build(previousCourse, existing.Sessions, course, merge.Sessions, now, audit?.Who ?? "");
            // The page as imported now is the next import's base, written in the same commit as the sessions.
            var operations = plan.Groups.SelectMany(group => group)
                .Concat(ImportSnapshotRecord.Replace(course.Id, snapshot, sessions, now)).ToList();

            var courseHash = CourseRecord.ContentHashOf(course);
            var courseChanged = existing.Course?.GetString("ContentHash") != courseHash;
            var summary = new SaveSummary(plan.Created, plan.Updated, plan.Unchanged, plan.Deleted) { Edits = merge.Edits };
            if (operations.Count == 0 && !courseChanged)
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
            // A new course's row is added by the commit, so readers see it only with its sessions.
            var commit = new CourseTransaction();
            if (existing.Course is null) commit.Add(TableTransactionActionType.Add, courseRow);
            else commit.Add(TableTransactionActionType.UpdateMerge, courseRow, etag);
            commit.Audit(course.Id, audit, now);
            try
            {
                await _writes.WriteAsync(commit, operations, cancellationToken);
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error) && condition.IfMatch == "*")
            {
                if (attempt == MaxAttempts) throw new ConcurrencyConflictException("The course kept changing while it was imported.");
                await CourseTransaction.BackOffAsync(attempt, cancellationToken);
                continue;
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
            {
                throw new ConcurrencyConflictException(condition.IfNoneExists ? "The course exists already." : "The course changed since it was read.");
            }
            if (courseChanged) await TouchCatalogAsync(course.Id, cancellationToken);
            else changes.Notify(course.Id);
            return summary;
        }
    }

    /// <summary>The ETag the course row must have: the editor's version, or, with "*", the one read.</summary>
    private static ETag CourseCondition(WriteCondition condition, TableEntity? current)
    {
        if (condition.IfNoneExists)
            return current is null ? default : throw new ConcurrencyConflictException("The course exists already.");
        if (condition.IfMatch == "*") return current?.ETag ?? default;
        if (current is null) throw new ConcurrencyConflictException("The course does not exist.");
        return condition.IfMatch is { } token && VersionTokens.ToETag(token) is { } etag
            ? etag
            : throw new ConcurrencyConflictException("The version given is not one this API issued.");
    }
}
