using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The course's own fields. A new time zone or room, or a new title, changes what every session shows: those
/// sessions get a new SEQUENCE in the same write, with the change records their times and rooms call for.
/// </summary>
public sealed partial class TableCourseStore
{
    public async Task<string> SaveCourseInfoAsync(Course course, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await ReadPartitionAsync(course.Id, cancellationToken);
            var (type, etag) = RowOperation(condition, existing.Course);
            var previousCourse = existing.Course is null ? null : CourseRecord.ToCourse(existing.Course);
            var courseRow = CourseRecord.ToEntity(course with { UpdatedAt = now }, CourseRecord.ContentHashOf(course),
                ScheduleRevision.Next(existing.Course is null ? null : CourseRecord.ScheduleModifiedAtOf(existing.Course), now));

            var write = new CourseTransaction();
            write.Add(type, courseRow, etag);
            write.Audit(course.Id, audit, now);
            var later = new List<List<TableTransactionAction>>();
            if (previousCourse is not null)
                foreach (var row in existing.Sessions)
                {
                    var stored = SessionRecord.ToStoredSession(row);
                    var before = SessionView.Of(previousCourse, stored.Session);
                    var after = SessionView.Of(course, stored.Session);
                    if (before.LooksTheSameAs(after)) continue;
                    var group = new List<TableTransactionAction>
                    {
                        new(TableTransactionActionType.UpdateMerge, new TableEntity(course.Id, row.RowKey)
                        {
                            ["Sequence"] = stored.Sequence + 1,
                            ["ModifiedAt"] = now,
                        }, row.ETag),
                    };
                    group.AddRange(CourseTransaction.Records(ChangeDetector.Detect(course.Id, before, after, now, audit.Who)));
                    if (write.Count + group.Count <= CourseTransaction.MaxOperations) write.AddRange(group);
                    else later.Add(group);
                }
            try
            {
                var responses = await _table.SubmitTransactionAsync(write.Actions, cancellationToken);
                // Sessions beyond the first transaction follow in their own, whatever their version now: the course's
                // new fields are written, and these sessions show them.
                foreach (var group in later) group[0] = new TableTransactionAction(TableTransactionActionType.UpdateMerge, group[0].Entity, ETag.All);
                foreach (var batch in Batches(later))
                    await _table.SubmitTransactionAsync(batch, cancellationToken);
                await TouchCatalogAsync(course.Id, cancellationToken);
                return VersionTokens.FromETag(responses.Value[0].Headers.ETag!.Value);
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
