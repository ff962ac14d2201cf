using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// One partition per course: the course row, its session rows and its slide material rows. A schedule is served from a single
/// partition query. See docs/storage-design.md.
/// </summary>
public sealed class TableCourseStore(TableServiceClient service, IOptions<CourseDataOptions> options, TimeProvider time, CourseChanges changes)
    : ICourseStore
{
    /// <summary>The catalog row's keys. "~" never starts a course id, so it is no course's partition.</summary>
    private const string CatalogPartition = "~catalog";
    private const string CatalogRowKey = "revision";

    /// <summary>Table Storage's limit of operations in one entity-group transaction.</summary>
    private const int MaxBatchSize = 100;

    private readonly TableClient _table = service.GetTableClient(options.Value.TableName);

    public Task CreateTableIfMissingAsync(CancellationToken cancellationToken) =>
        _table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<int> CountSessionsAsync(string courseId, CancellationToken cancellationToken)
    {
        var count = 0;
        // "session}" is the first key after every "session|…" one.
        var rows = _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey ge {SessionRecord.RowKeyPrefix} and RowKey lt {"session}"}"),
            select: ["RowKey"], cancellationToken: cancellationToken);
        await foreach (var _ in rows) count++;
        return count;
    }

    public async Task<IReadOnlyList<Course>> ListCoursesAsync(CancellationToken cancellationToken)
    {
        var courses = new List<Course>();
        var rows = _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {CourseRecord.RowKey}"), cancellationToken: cancellationToken);
        await foreach (var row in rows)
            courses.Add(CourseRecord.ToCourse(row));
        return courses;
    }

    public async Task<string?> GetCatalogRevisionAsync(CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(CatalogPartition, CatalogRowKey, ["Revision"], cancellationToken);
        return row.HasValue ? row.Value!.GetString("Revision") : null;
    }

    /// <summary>After a course was created or its information changed: the list's caches see a new revision.</summary>
    private async Task TouchCatalogAsync(string courseId, CancellationToken cancellationToken)
    {
        await _table.UpsertEntityAsync(new TableEntity(CatalogPartition, CatalogRowKey) { ["Revision"] = Guid.NewGuid().ToString("N") },
            TableUpdateMode.Replace, cancellationToken);
        changes.Notify(courseId);
    }

    public async Task<Course?> GetCourseAsync(string courseId, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, CourseRecord.RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? CourseRecord.ToCourse(row.Value!) : null;
    }

    public async Task<CourseSchedule?> GetScheduleAsync(string courseId, CancellationToken cancellationToken)
    {
        var partition = await ReadPartitionAsync(courseId, cancellationToken);
        return partition.Course is null
            ? null
            : new CourseSchedule(
                CourseRecord.ToCourse(partition.Course),
                partition.Sessions.Select(SessionRecord.ToStoredSession).ToList(),
                CourseRecord.ScheduleModifiedAtOf(partition.Course))
            {
                Materials = partition.Materials.Select(MaterialRecord.ToMaterial).ToList(),
                CourseVersion = VersionTokens.FromETag(partition.Course.ETag),
            };
    }

    public async Task<DateTimeOffset?> GetScheduleVersionAsync(string courseId, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(
            courseId, CourseRecord.RowKey, [CourseRecord.ScheduleModifiedAt], cancellationToken);
        return row.HasValue ? CourseRecord.ScheduleModifiedAtOf(row.Value!) : null;
    }

    public async Task<SaveSummary> SaveAsync(Course course, IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await ReadPartitionAsync(course.Id, cancellationToken);
        var existingSessions = existing.Sessions.ToDictionary(row => row.RowKey, SessionRecord.ToStoredSession);
        var existingHashes = existing.Sessions.ToDictionary(row => row.RowKey, row => row.GetString("ContentHash"));

        var actions = new List<TableTransactionAction>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var session in sessions)
        {
            var rowKey = SessionRecord.RowKeyFor(session.Date);
            var hash = ContentHash.Of(session);
            existingSessions.Remove(rowKey, out var previous);
            if (previous is not null && existingHashes[rowKey] == hash) { unchanged++; continue; }

            // SEQUENCE rises on every real edit so calendar clients replace their copy (RFC 5545 §3.8.7.4).
            var stored = new StoredSession(session, previous is null ? 0 : previous.Sequence + 1, now);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, SessionRecord.ToEntity(course.Id, stored, hash)));
            if (previous is null) created++; else updated++;
        }
        foreach (var removedKey in existingSessions.Keys)
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(course.Id, removedKey), Azure.ETag.All));

        var courseHash = CourseRecord.ContentHashOf(course);
        var previousCourse = existing.Course;
        var courseChanged = previousCourse?.GetString("ContentHash") != courseHash;
        var scheduleModifiedAt = actions.Count > 0 || courseChanged
            ? ScheduleRevision.Next(previousCourse is null ? null : CourseRecord.ScheduleModifiedAtOf(previousCourse), now)
            : CourseRecord.ScheduleModifiedAtOf(previousCourse!);
        var courseRow = CourseRecord.ToEntity(
            course with { UpdatedAt = courseChanged ? now : CourseRecord.ToCourse(previousCourse!).UpdatedAt },
            courseHash, scheduleModifiedAt);
        // Merge keeps properties that only storage holds (added by later features) on re-import.
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertMerge, courseRow));

        foreach (var action in actions) TableLimits.EnsureWithinLimits((TableEntity)action.Entity);
        // The course row goes last, so readers see the new course only once its sessions are written.
        foreach (var batch in actions.Chunk(MaxBatchSize))
            await _table.SubmitTransactionAsync(batch, cancellationToken);
        if (courseChanged) await TouchCatalogAsync(course.Id, cancellationToken);
        else changes.Notify(course.Id);

        return new SaveSummary(created, updated, unchanged, existingSessions.Count);
    }

    public async Task<Versioned<Course>?> GetCourseVersionAsync(string courseId, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, CourseRecord.RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<Course>(CourseRecord.ToCourse(row.Value!), VersionTokens.FromETag(row.Value!.ETag)) : null;
    }

    public async Task<string> SaveCourseInfoAsync(Course course, WriteCondition condition, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var previous = await _table.GetEntityIfExistsAsync<TableEntity>(course.Id, CourseRecord.RowKey, cancellationToken: cancellationToken);
        var previousModifiedAt = previous.HasValue ? CourseRecord.ScheduleModifiedAtOf(previous.Value!) : (DateTimeOffset?)null;
        var entity = CourseRecord.ToEntity(course with { UpdatedAt = now },
            CourseRecord.ContentHashOf(course), ScheduleRevision.Next(previousModifiedAt, now));
        TableLimits.EnsureWithinLimits(entity);
        var version = await WriteAsync(entity, condition, cancellationToken);
        await TouchCatalogAsync(course.Id, cancellationToken);
        return version;
    }

    public async Task<Versioned<StoredSession>?> GetSessionAsync(string courseId, DateOnly date, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, SessionRecord.RowKeyFor(date), cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<StoredSession>(SessionRecord.ToStoredSession(row.Value!), VersionTokens.FromETag(row.Value!.ETag)) : null;
    }

    public async Task<string> SaveSessionAsync(string courseId, Session session, WriteCondition condition, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var previous = await GetSessionAsync(courseId, session.Date, cancellationToken);
        var stored = new StoredSession(session, previous is null ? 0 : previous.Value.Sequence + 1, now);
        var entity = SessionRecord.ToEntity(courseId, stored, ContentHash.Of(session));
        TableLimits.EnsureWithinLimits(entity);
        var version = await WriteAsync(entity, condition, cancellationToken);
        await ScheduleRevision.TouchAsync(_table, courseId, now, cancellationToken);
        changes.Notify(courseId);
        return version;
    }

    public async Task DeleteSessionAsync(string courseId, DateOnly date, WriteCondition condition, CancellationToken cancellationToken)
    {
        var etag = condition.IfMatch is { } token ? VersionTokens.ToETag(token) : null;
        if (etag is null) throw new ConcurrencyConflictException("A delete needs the version of the session it deletes.");
        try
        {
            await _table.DeleteEntityAsync(courseId, SessionRecord.RowKeyFor(date), etag.Value, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status is 412 or 404)
        {
            throw new ConcurrencyConflictException("The session changed or was deleted since it was read.");
        }
        await ScheduleRevision.TouchAsync(_table, courseId, time.GetUtcNow(), cancellationToken);
        changes.Notify(courseId);
    }

    /// <summary>Adds (create only) or replaces the row if its ETag is the one the writer read; storage decides atomically.</summary>
    private async Task<string> WriteAsync(TableEntity entity, WriteCondition condition, CancellationToken cancellationToken)
    {
        try
        {
            Response response;
            if (condition.IfNoneExists)
                response = await _table.AddEntityAsync(entity, cancellationToken);
            else if (condition.IfMatch is { } token && VersionTokens.ToETag(token) is { } etag)
                response = await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            else
                throw new ConcurrencyConflictException("The version given is not one this API issued.");
            return VersionTokens.FromETag(response.Headers.ETag!.Value);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412 or 404)
        {
            throw new ConcurrencyConflictException(condition.IfNoneExists
                ? "It exists already."
                : "It changed or was deleted since it was read.");
        }
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in _table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages())
            return;
    }

    private async Task<Partition> ReadPartitionAsync(string courseId, CancellationToken cancellationToken)
    {
        TableEntity? course = null;
        var sessions = new List<TableEntity>();
        var materials = new List<TableEntity>();
        var rows = _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            if (row.RowKey == CourseRecord.RowKey) course = row;
            else if (SessionRecord.IsSessionRow(row.RowKey)) sessions.Add(row);
            else if (MaterialRecord.IsMaterialRow(row.RowKey)) materials.Add(row);
        }
        return new Partition(course, sessions, materials);
    }

    private sealed record Partition(TableEntity? Course, List<TableEntity> Sessions, List<TableEntity> Materials);
}
