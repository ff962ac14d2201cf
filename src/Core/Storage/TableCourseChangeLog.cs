using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>The change log and the outbox, read from the course partitions of the Courses table.</summary>
public sealed class TableCourseChangeLog(TableServiceClient service, IOptions<CourseDataOptions> options) : ICourseChangeLog
{
    private readonly TableClient _table = service.GetTableClient(options.Value.TableName);

    public async Task<ChangePage> ReadPageAsync(string courseId, string? after, int max, CancellationToken cancellationToken)
    {
        var from = after is null ? LogRows.Change : LogRows.Change + after;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {courseId} and RowKey gt {from} and RowKey lt {LogRows.EndOf(LogRows.Change)}");
        var changes = new List<CourseChange>();
        // One row more than asked tells whether an older page exists.
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: max + 1, cancellationToken: cancellationToken))
        {
            if (changes.Count == max) return new ChangePage(changes, changes[^1].Id);
            changes.Add(ChangeRecord.ToChange(row));
        }
        return new ChangePage(changes, null);
    }

    public async Task<IReadOnlyList<OutboxMarker>> ListPendingAsync(int max, CancellationToken cancellationToken)
    {
        // A RowKey range over every partition: Table Storage scans for it, which the dispatcher's poll can afford.
        var filter = TableClient.CreateQueryFilter($"RowKey gt {LogRows.Outbox} and RowKey lt {LogRows.EndOf(LogRows.Outbox)}");
        var markers = new List<OutboxMarker>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            markers.Add(new OutboxMarker(ChangeRecord.ToChange(row)));
            if (markers.Count == max) break;
        }
        return markers;
    }

    public async Task DeletePendingAsync(OutboxMarker marker, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(marker.CourseId, LogRows.Outbox + marker.ChangeId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
        }
    }
}
