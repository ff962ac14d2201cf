namespace CourseFunctions.Core.Storage;

/// <summary>
/// The audit entry a write carries: the store writes it in the write's own transaction, so no write is
/// acknowledged without it. Its actor's name also signs the change records.
/// </summary>
public sealed record AuditNote(AuditActor Actor, string Action, string Target)
{
    /// <summary>The name change records give: the editor's name, as the audit log shows it.</summary>
    public string Who => Actor.Name;
}
