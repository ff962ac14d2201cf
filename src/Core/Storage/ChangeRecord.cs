using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// A change as a row of the course's partition (RowKey "~change|{id}"), and its outbox marker ("~outbox|{id}"), which
/// carries the same properties so that the dispatcher needs no second read.
/// </summary>
internal static class ChangeRecord
{
    public static TableEntity ToChangeEntity(CourseChange change) => ToEntity(change, LogRows.Change);

    public static TableEntity ToOutboxEntity(CourseChange change) => ToEntity(change, LogRows.Outbox);

    private static TableEntity ToEntity(CourseChange change, string prefix) => new(change.CourseId, prefix + change.Id)
    {
        ["Kind"] = change.Kind.ToString(),
        ["SessionDate"] = WireFormats.Date(change.SessionDate),
        ["Before"] = change.Before,
        ["After"] = change.After,
        ["At"] = change.At,
        ["Who"] = change.Who,
    };

    public static CourseChange ToChange(TableEntity entity)
    {
        var id = entity.RowKey[(entity.RowKey.IndexOf('|') + 1)..];
        return new CourseChange(
            id,
            entity.PartitionKey,
            Enum.TryParse<ChangeKind>(entity.GetString("Kind"), out var kind) ? kind : ChangeKind.DetailsChanged,
            WireFormats.ParseDate(entity.GetString("SessionDate") ?? "0001-01-01"),
            entity.GetString("Before"),
            entity.GetString("After"),
            entity.GetDateTimeOffset("At") ?? DateTimeOffset.UnixEpoch,
            entity.GetString("Who") ?? "");
    }
}
