using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The course's own fields. A new time zone or room, or a new title, changes what every session shows: those
/// sessions get a new SEQUENCE in the same write, with the change records their times and rooms call for; readers see
/// all of it or none (<see cref="StagedWrites"/>).
/// </summary>
public sealed partial class TableCourseStore
{
    public async Task<string> SaveCourseInfoAsync(Course course, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await ReadPartitionAsync(course.Id, forWrite: true, cancellationToken);
            var (type, etag) = RowOperation(condition, existing.Course);
            var previousCourse = existing.Course is null ? null : CourseRecord.ToCourse(existing.Course);
            var courseRow = CourseRecord.ToEntity(course with { UpdatedAt = now }, CourseRecord.ContentHashOf(course),
                ScheduleRevision.Next(existing.Course is null ? null : CourseRecord.ScheduleModifiedAtOf(existing.Course), now));

            var commit = new CourseTransaction();
            commit.Add(type, courseRow, etag);
            commit.Audit(course.Id, audit, now);
            var operations = new List<TableTransactionAction>();
            if (previousCourse is not null)
                foreach (var row in existing.Sessions)
                {
                    var stored = SessionRecord.ToStoredSession(row);
                    var before = SessionView.Of(previousCourse, stored.Session);
                    var after = SessionView.Of(course, stored.Session);
                    if (before.LooksTheSameAs(after)) continue;
                    // Only the revision is written, whatever else an edit that changed nothing visible (and so left the
                    // course row alone) wrote meanwhile; any other change to the session moved the course row the commit requires.
                    operations.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(course.Id, row.RowKey)
                    {
                        ["Sequence"] = stored.Sequence + 1,
                        ["ModifiedAt"] = now,
                    }, ETag.All));
                    operations.AddRange(CourseTransaction.Records(ChangeDetector.Detect(course.Id, before, after, now, audit.Who)));
                }
            try
            {
                var version = await _writes.WriteAsync(commit, operations, cancellationToken);
                await TouchCatalogAsync(course.Id, cancellationToken);
                return VersionTokens.FromETag(version);
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
            {
                // An edit of a session between the read and the write: read again, unless the editor's version is gone.
                if (attempt == MaxAttempts || !await CourseStillMatchesAsync(course.Id, condition, etag, cancellationToken)) throw Conflict(condition);
            }
            await CourseTransaction.BackOffAsync(attempt, cancellationToken);
        }
    }

    private async Task<bool> CourseStillMatchesAsync(string courseId, WriteCondition condition, ETag written, CancellationToken cancellationToken)
    {
        if (condition.IfMatch == "*") return true;
        if (condition.IfNoneExists) return false;
        var current = await ReadRowAsync(courseId, CourseRecord.RowKey, cancellationToken);
        return current is not null && current.ETag == written;
    }
}
