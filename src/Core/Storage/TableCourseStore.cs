using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// One partition per course: the course row, its session rows and its slide material rows. A schedule is served from a single
/// partition query. See docs/storage-design.md.
/// </summary>
public sealed partial class TableCourseStore(TableServiceClient service, IOptions<CourseDataOptions> options, TimeProvider time, CourseChanges changes)
    : ICourseStore
{
    /// <summary>The catalog row's keys. "~" never starts a course id, so it is no course's partition.</summary>
    private const string CatalogPartition = "~catalog";
    private const string CatalogRowKey = "revision";

    /// <summary>Attempts of a write whose condition is "the version it read", before it gives up with a conflict.</summary>
    private const int MaxAttempts = 12;

    private readonly TableClient _table = service.GetTableClient(options.Value.TableName);

    /// <summary>Every write of a course's content goes through it, so that readers see it whole or not at all.</summary>
    private readonly StagedWrites _writes = new(service.GetTableClient(options.Value.TableName));

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
        if (!row.HasValue) return null;
        // The course's own fields are the write's from its commit; its sessions and changes, which callers read next, may not be yet.
        if (PendingWrite.Of(row.Value!) is { IsUnapplied: true }) await _writes.FinishAsync(row.Value!, cancellationToken);
        return CourseRecord.ToCourse(row.Value!);
    }

    public async Task<CourseSchedule?> GetScheduleAsync(string courseId, CancellationToken cancellationToken)
    {
        var partition = await ReadPartitionAsync(courseId, forWrite: false, cancellationToken);
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

    public async Task<Versioned<Course>?> GetCourseVersionAsync(string courseId, CancellationToken cancellationToken)
    {
        // Finishing a write moves the course row's ETag: the version handed out is the finished one, so that it stays valid.
        var row = await ReadCourseRowForWriteAsync(courseId, cancellationToken);
        return row is null ? null : new Versioned<Course>(CourseRecord.ToCourse(row), VersionTokens.FromETag(row.ETag));
    }

    public async Task<Versioned<StoredSession>?> GetSessionAsync(string courseId, DateOnly date, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, SessionRecord.RowKeyFor(date), cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<StoredSession>(SessionRecord.ToStoredSession(row.Value!), VersionTokens.FromETag(row.Value!.ETag)) : null;
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in _table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages())
            return;
    }

    /// <summary>
    /// The course row and its content rows, with no write seen in part: a write whose staged operations are not all applied
    /// is finished first. A writer (<paramref name="forWrite"/>) also finishes one that is applied but not yet cleaned up,
    /// since its own write replaces the course row's marker.
    /// </summary>
    private async Task<Partition> ReadPartitionAsync(string courseId, bool forWrite, CancellationToken cancellationToken)
    {
        while (true)
        {
            var partition = await QueryPartitionAsync(courseId, cancellationToken);
            if (partition.Course is null || PendingWrite.Of(partition.Course) is not { } pending || !(forWrite || pending.IsUnapplied)) return partition;
            await _writes.FinishAsync(partition.Course, cancellationToken);
        }
    }

    private async Task<Partition> QueryPartitionAsync(string courseId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TableEntity? course = null;
            var sessions = new List<TableEntity>();
            var materials = new List<TableEntity>();
            var pages = 0;
            // The logs (audit, changes, outbox, stage rows) sort after every content row: the schedule never reads them.
            var query = _table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey lt {LogRows.ContentEnd}"), cancellationToken: cancellationToken);
            await foreach (var page in query.AsPages())
            {
                pages++;
                foreach (var row in page.Values)
                {
                    if (row.RowKey == CourseRecord.RowKey) course = row;
                    else if (SessionRecord.IsSessionRow(row.RowKey)) sessions.Add(row);
                    else if (MaterialRecord.IsMaterialRow(row.RowKey)) materials.Add(row);
                }
            }
            // A query of more than one page (over 1,000 rows) is not one snapshot: a write between its pages would be seen in part.
            // The course row ("course" sorts first) moves with every such write, so an unchanged one proves the pages agree.
            if (pages > 1 && course is not null && (await ReadRowAsync(courseId, CourseRecord.RowKey, cancellationToken))?.ETag != course.ETag)
                continue;
            return new Partition(course, sessions, materials);
        }
    }

    /// <summary>The course row for a writer: a write left unfinished (its stage rows included) is finished first.</summary>
    private async Task<TableEntity?> ReadCourseRowForWriteAsync(string courseId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var row = await ReadRowAsync(courseId, CourseRecord.RowKey, cancellationToken);
            if (row is null || PendingWrite.Of(row) is null) return row;
            await _writes.FinishAsync(row, cancellationToken);
        }
    }

    private async Task<TableEntity?> ReadRowAsync(string courseId, string rowKey, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private sealed record Partition(TableEntity? Course, List<TableEntity> Sessions, List<TableEntity> Materials);
}
