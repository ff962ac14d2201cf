using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>Who changed what, when: one row per edit in the audit table (PartitionKey = course id, newest first).</summary>
public sealed class AuditLog(TableServiceClient service, IOptions<CourseStorageOptions> options, TimeProvider time)
{
    private readonly TableClient _table = service.GetTableClient(options.Value.AuditTableName);

    public Task CreateTableIfMissingAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public Task RecordAsync(string courseId, string actor, string action, string target, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Inverted ticks sort the newest edit first within the course's partition.
        var rowKey = $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}-{Guid.NewGuid():N}";
        return _table.AddEntityAsync(new TableEntity(courseId, rowKey)
        {
            ["At"] = now,
            ["Actor"] = actor,
            ["Action"] = action,
            ["Target"] = target,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string courseId, int max, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), maxPerPage: max, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(row.GetDateTimeOffset("At") ?? default, row.GetString("Actor") ?? "", row.GetString("Action") ?? "", row.GetString("Target") ?? ""));
            if (entries.Count == max) break;
        }
        return entries;
    }
}

public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Target);
