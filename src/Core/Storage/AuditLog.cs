using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Who changed what, when: one row per edit in the course's partition of the Courses table, written by the store in
/// the edit's own transaction (<see cref="AuditNote"/>). This reads them back, newest first.
/// </summary>
public sealed class AuditLog(TableServiceClient service, IOptions<CourseDataOptions> options, TimeProvider time)
{
    private readonly TableClient _table = service.GetTableClient(options.Value.TableName);

    /// <summary>
    /// Records an action that writes nothing of the course's schedule (an upload link handed out, an editor added). Writes
    /// of the course carry their entry in their own transaction instead (<see cref="AuditNote"/>).
    /// </summary>
    public Task RecordAsync(string courseId, AuditActor actor, string action, string target, CancellationToken cancellationToken) =>
        _table.AddEntityAsync(AuditRecord.ToEntity(courseId, new AuditNote(actor, action, target), time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Up to <paramref name="max"/> entries, newest first, after the entry that <paramref name="after"/> names (a
    /// cursor from the previous page). The page's cursor is null when no older entry is left.
    /// </summary>
    public async Task<AuditPage> ReadPageAsync(string courseId, string? after, int max, CancellationToken cancellationToken)
    {
        var from = LogRows.Audit + after;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {courseId} and RowKey gt {from} and RowKey lt {LogRows.EndOf(LogRows.Audit)}");
        var entries = new List<AuditEntry>();
        string? last = null;
        // One row more than asked tells whether an older page exists.
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: max + 1, cancellationToken: cancellationToken))
        {
            if (entries.Count == max) return new AuditPage(entries, last);
            entries.Add(AuditRecord.ToEntry(row));
            last = row.RowKey[LogRows.Audit.Length..];
        }
        return new AuditPage(entries, null);
    }
}

public sealed record AuditEntry(DateTimeOffset At, AuditActor Actor, string Action, string Target);

/// <summary>
/// Who made a change: the name the operator gave the editor (or "operator"), the editor's id (null for the
/// operator), and a note the client may add (the X-Editor header), which is never taken as an identity.
/// </summary>
public sealed record AuditActor(string Name, string? EditorId, string? Note);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? NextCursor);
