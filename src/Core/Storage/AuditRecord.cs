using Azure.Data.Tables;
using CourseFunctions.Core.Changes;

namespace CourseFunctions.Core.Storage;

/// <summary>An audit entry as a row of the course's partition: RowKey "~audit|{inverted ticks}-{guid}", newest first.</summary>
internal static class AuditRecord
{
    public static TableEntity ToEntity(string courseId, AuditNote note, DateTimeOffset at) => new(courseId, LogRows.Audit + NewestFirstKey.For(at))
    {
        ["At"] = at,
        ["Actor"] = note.Actor.Name,
        ["EditorId"] = note.Actor.EditorId,
        ["Note"] = note.Actor.Note,
        ["Action"] = note.Action,
        ["Target"] = note.Target,
    };

    public static AuditEntry ToEntry(TableEntity row) =>
        new(row.GetDateTimeOffset("At") ?? default, new AuditActor(row.GetString("Actor") ?? "", row.GetString("EditorId"), row.GetString("Note")),
            row.GetString("Action") ?? "", row.GetString("Target") ?? "");
}
