using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// One session's writes: the session row, the course's revision, the audit entry and the change records go in one
/// transaction of the course's partition, on condition that the session and the course rows are the ones read.
/// </summary>
public sealed partial class TableCourseStore
{
    public async Task<string> SaveSessionAsync(string courseId, Session session, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var courseRow = await ReadCourseRowForWriteAsync(courseId, cancellationToken)
                ?? throw new ConcurrencyConflictException("The course does not exist.");
            var previousRow = await ReadRowAsync(courseId, SessionRecord.RowKeyFor(session.Date), cancellationToken);
            // The count is of the course row's version read above, which the transaction requires (a new session always
            // moves it): of two creates racing for the last place, the second fails on it, counts again, and meets the cap.
            if (previousRow is null && await CountSessionsAsync(courseId, cancellationToken) + 1 is var sessions
                && sessions > options.Value.MaxSessionsPerCourse)
                throw new SessionCapException(options.Value.MaxSessionsPerCourse, sessions);
            var (type, etag) = RowOperation(condition, previousRow);
            // A version already gone fails without a transaction; the transaction still checks it, atomically.
            if (previousRow is not null && type != TableTransactionActionType.Add && previousRow.ETag != etag) throw Conflict(condition);
            var course = CourseRecord.ToCourse(courseRow);
            var previous = previousRow is null ? null : SessionRecord.ToStoredSession(previousRow);
            var before = previous is null ? null : SessionView.Of(course, previous.Session);
            var after = SessionView.Of(course, session);
            // A session that looks the same keeps its SEQUENCE and revision: calendars have nothing to update.
            var visible = before is null || !before.LooksTheSameAs(after);

            var write = new CourseTransaction();
            var stored = visible ? new StoredSession(session, previous is null ? 0 : previous.Sequence + 1, now) : previous! with { Session = session };
            write.Add(type, SessionRecord.ToEntity(courseId, stored), etag);
            if (visible) write.Touch(courseRow, now);
            write.Audit(courseId, audit, now);
            write.AddRange(CourseTransaction.Records(ChangeDetector.Detect(courseId, before, after, now, audit.Who)));
            try
            {
                var responses = await _table.SubmitTransactionAsync(write.Actions, cancellationToken);
                changes.Notify(courseId);
                return VersionTokens.FromETag(responses.Value[0].Headers.ETag!.Value);
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
            {
                if (attempt == MaxAttempts || !await MayRetryAsync(courseId, session.Date, condition, etag, cancellationToken))
                    throw Conflict(condition);
            }
            await CourseTransaction.BackOffAsync(attempt, cancellationToken);
        }
    }

    public async Task DeleteSessionAsync(string courseId, DateOnly date, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken)
    {
        if (condition.IfNoneExists) throw new ConcurrencyConflictException("A delete needs the version of the session it deletes.");
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var courseRow = await ReadCourseRowForWriteAsync(courseId, cancellationToken)
                ?? throw new ConcurrencyConflictException("The course does not exist.");
            var previousRow = await ReadRowAsync(courseId, SessionRecord.RowKeyFor(date), cancellationToken);
            var (_, etag) = RowOperation(condition, previousRow);
            if (previousRow is null || previousRow.ETag != etag) throw Conflict(condition);
            var before = SessionView.Of(CourseRecord.ToCourse(courseRow), SessionRecord.ToStoredSession(previousRow).Session);

            var write = new CourseTransaction();
            write.Add(TableTransactionActionType.Delete, new TableEntity(courseId, previousRow.RowKey), etag);
            write.Touch(courseRow, now);
            write.Audit(courseId, audit, now);
            write.AddRange(CourseTransaction.Records(ChangeDetector.Detect(courseId, before, null, now, audit.Who)));
            try
            {
                await _table.SubmitTransactionAsync(write.Actions, cancellationToken);
                changes.Notify(courseId);
                return;
            }
            catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error))
            {
                if (attempt == MaxAttempts || !await MayRetryAsync(courseId, date, condition, etag, cancellationToken))
                    throw Conflict(condition);
            }
            await CourseTransaction.BackOffAsync(attempt, cancellationToken);
        }
    }

    /// <summary>
    /// How the session row is written: added (create only), or replaced if its ETag is the one the editor read, or,
    /// for "If-Match: *", the one this attempt read, so that the write applies to exactly the version it was made from.
    /// </summary>
    private static (TableTransactionActionType Type, ETag ETag) RowOperation(WriteCondition condition, TableEntity? current)
    {
        if (condition.IfNoneExists) return (TableTransactionActionType.Add, default);
        if (condition.IfMatch == "*")
            return current is null ? throw Conflict(condition) : (TableTransactionActionType.UpdateReplace, current.ETag);
        return condition.IfMatch is { } token && VersionTokens.ToETag(token) is { } etag
            ? (TableTransactionActionType.UpdateReplace, etag)
            : throw new ConcurrencyConflictException("The version given is not one this API issued.");
    }

    /// <summary>
    /// After a failed transaction: whether the editor's condition still holds, so that the failure was another row of the
    /// transaction (the course's revision, moved by an edit of another session) and another attempt may succeed.
    /// </summary>
    private async Task<bool> MayRetryAsync(string courseId, DateOnly date, WriteCondition condition, ETag written, CancellationToken cancellationToken)
    {
        if (condition.IfMatch == "*") return true;
        var current = await ReadRowAsync(courseId, SessionRecord.RowKeyFor(date), cancellationToken);
        // A create still may while no one else created the session: another date's write moved the course row.
        if (condition.IfNoneExists) return current is null;
        return current is not null && current.ETag == written;
    }

    private static ConcurrencyConflictException Conflict(WriteCondition condition) => new(condition.IfNoneExists
        ? "It exists already."
        : "It changed or was deleted since it was read.");
}
