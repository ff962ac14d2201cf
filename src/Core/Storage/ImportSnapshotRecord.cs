using System.Globalization;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The page as last imported, the base of the next import's three-way merge (<see cref="ScheduleMerge"/>): a row per
/// session the page gave, RowKey "~imported|yyyy-MM-dd", in the course's partition so that it is written in the same
/// transactions as the sessions; and a marker row "~imported|last" that says a snapshot was recorded at all (a page
/// with no sessions leaves only the marker). Like the logs (<see cref="LogRows"/>) the rows sort after "~", so the
/// schedule query never reads them; only an import does.
/// </summary>
internal static class ImportSnapshotRecord
{
    public const string RowKeyPrefix = "~imported|";

    /// <summary>After the dates' keys ("~imported|2025-…"), as "l" sorts after every digit.</summary>
    public const string MarkerRowKey = RowKeyPrefix + "last";

    public static bool IsSnapshotRow(string rowKey) => rowKey.StartsWith(RowKeyPrefix, StringComparison.Ordinal);

    public static string RowKeyFor(DateOnly date) => RowKeyPrefix + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(string courseId, Session session) => new(courseId, RowKeyFor(session.Date))
    {
        ["Session"] = StoredJson.Write(session),
        ["ContentHash"] = ContentHash.Of(session),
    };

    public static TableEntity Marker(string courseId, DateTimeOffset importedAt) => new(courseId, MarkerRowKey) { ["ImportedAt"] = importedAt };

    /// <summary>The sessions of the last import, or null when no snapshot was recorded (no marker row).</summary>
    public static IReadOnlyList<Session>? ToSessions(IReadOnlyList<TableEntity> rows)
    {
        if (!rows.Any(row => row.RowKey == MarkerRowKey)) return null;
        return rows.Where(row => row.RowKey != MarkerRowKey)
            .Select(row => StoredJson.Read<Session?>(row.GetString("Session"), null))
            .OfType<Session>().OrderBy(session => session.Date).ToList();
    }

    /// <summary>
    /// The operations that make the stored snapshot <paramref name="page"/>: rows whose session changed, rows of dates no
    /// longer on the page, and the marker when there is none yet. Unchanged rows are not rewritten.
    /// </summary>
    public static IEnumerable<TableTransactionAction> Replace(
        string courseId, IReadOnlyList<TableEntity> previous, IReadOnlyList<Session> page, DateTimeOffset now)
    {
        var hashes = previous.ToDictionary(row => row.RowKey, row => row.GetString("ContentHash"));
        var hasMarker = hashes.Remove(MarkerRowKey);
        foreach (var session in page)
        {
            var entity = ToEntity(courseId, session);
            if (!hashes.Remove(entity.RowKey, out var hash) || hash != entity.GetString("ContentHash"))
                yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
        }
        foreach (var gone in hashes.Keys)
            yield return new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(courseId, gone), Azure.ETag.All);
        if (!hasMarker) yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, Marker(courseId, now));
    }
}
