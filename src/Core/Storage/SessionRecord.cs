using Azure.Data.Tables;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Maps a session to its row: PartitionKey = course id, RowKey = "session|yyyy-MM-dd".
/// The date in the key sorts a course's sessions chronologically within the partition.
/// </summary>
internal static class SessionRecord
{
    public const string RowKeyPrefix = "session|";

    public static string RowKeyFor(DateOnly date) => RowKeyPrefix + WireFormats.Date(date);

    public static bool IsSessionRow(string rowKey) => rowKey.StartsWith(RowKeyPrefix, StringComparison.Ordinal);

    public static TableEntity ToEntity(string courseId, StoredSession stored)
    {
        var session = stored.Session;
        return new TableEntity(courseId, RowKeyFor(session.Date))
        {
            ["Start"] = WireFormats.Time(session.Start),
            ["End"] = WireFormats.Time(session.End),
            ["Status"] = session.Status.ToString(),
            ["Kind"] = session.Kind.ToString(),
            ["Topics"] = StoredJson.Write(session.Topics),
            ["Materials"] = StoredJson.Write(session.Materials),
            ["Location"] = session.Location,
            ["Note"] = session.Note,
            ["Sequence"] = stored.Sequence,
            ["ModifiedAt"] = stored.ModifiedAt,
        };
    }

    public static StoredSession ToStoredSession(TableEntity entity)
    {
        var session = new Session
        {
            Date = WireFormats.ParseDate(entity.RowKey[RowKeyPrefix.Length..]),
            Start = ParseTime(entity.GetString("Start")),
            End = ParseTime(entity.GetString("End")),
            Status = Enum.TryParse<SessionStatus>(entity.GetString("Status"), out var status) ? status : SessionStatus.Scheduled,
            Kind = Enum.TryParse<SessionKind>(entity.GetString("Kind"), out var kind) ? kind : SessionKind.Lecture,
            Topics = StoredJson.Read<List<string>>(entity.GetString("Topics"), []),
            Materials = StoredJson.Read<List<MaterialLink>>(entity.GetString("Materials"), []),
            Location = entity.GetString("Location"),
            Note = entity.GetString("Note"),
        };
        return new StoredSession(session, entity.GetInt32("Sequence") ?? 0, entity.GetDateTimeOffset("ModifiedAt") ?? DateTimeOffset.UnixEpoch);
    }

    private static TimeOnly? ParseTime(string? text) =>
        text is null ? null : WireFormats.ParseTime(text);
}
