namespace CourseFunctions.Core.Storage;

/// <summary>
/// The audit entry a write carries: the store writes it in the write's own transaction, so no write is
/// acknowledged without it. <paramref name="Who"/> also signs the change records.
/// </summary>
public sealed record AuditNote(string Who, string Action, string Target);
