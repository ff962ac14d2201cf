using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>Who changed what, when: one row per edit in the audit table (PartitionKey = course id, newest first).</summary>
public sealed partial class AuditLog(TableServiceClient service, IOptions<CourseDataOptions> options, TimeProvider time)
{
    private readonly TableClient _table = service.GetTableClient(options.Value.AuditTableName);

    public Task CreateTableIfMissingAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public Task RecordAsync(string courseId, AuditActor actor, string action, string target, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Inverted ticks sort the newest edit first within the course's partition.
        var rowKey = $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}-{Guid.NewGuid():N}";
        return _table.AddEntityAsync(new TableEntity(courseId, rowKey)
        {
            ["At"] = now,
            ["Actor"] = actor.Name,
            ["EditorId"] = actor.EditorId,
            ["Note"] = actor.Note,
            ["Action"] = action,
            ["Target"] = target,
        }, cancellationToken);
    }

    /// <summary>
    /// Up to <paramref name="max"/> entries, newest first, after the entry that <paramref name="after"/> names (a
    /// cursor from the previous page). The page's cursor is null when no older entry is left.
    /// </summary>
    public async Task<AuditPage> ReadPageAsync(string courseId, string? after, int max, CancellationToken cancellationToken)
    {
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {courseId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey gt {after}");
        var entries = new List<AuditEntry>();
        string? last = null;
        // One row more than asked tells whether an older page exists.
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: max + 1, cancellationToken: cancellationToken))
        {
            if (entries.Count == max) return new AuditPage(entries, last);
            entries.Add(new AuditEntry(row.GetDateTimeOffset("At") ?? default,
                new AuditActor(row.GetString("Actor") ?? "", row.GetString("EditorId"), row.GetString("Note")),
                row.GetString("Action") ?? "", row.GetString("Target") ?? ""));
            last = row.RowKey;
        }
        return new AuditPage(entries, null);
    }

    /// <summary>Whether a page cursor has the form of this log's row keys (inverted ticks, a dash, a guid).</summary>
    public static bool IsCursor(string text) => CursorPattern().IsMatch(text);

    [GeneratedRegex(@"\A[0-9]{19}-[0-9a-f]{32}\z")]
    private static partial Regex CursorPattern();
}

public sealed record AuditEntry(DateTimeOffset At, AuditActor Actor, string Action, string Target);

/// <summary>
/// Who made a change: the name the operator gave the editor (or "operator"), the editor's id (null for the
/// operator), and a note the client may add (the X-Editor header), which is never taken as an identity.
/// </summary>
public sealed record AuditActor(string Name, string? EditorId, string? Note);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? NextCursor);
