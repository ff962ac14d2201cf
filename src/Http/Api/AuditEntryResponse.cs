namespace CourseFunctions.Http.Api;

/// <summary>
/// When, who (the name the operator gave the editor, or "operator"; the editor's id, null for the operator), the note
/// the client sent in X-Editor (never an identity), what (e.g. session.patch) and which (e.g. a date).
/// </summary>
public sealed record AuditEntryResponse(DateTimeOffset At, string Editor, string? EditorId, string? Note, string Action, string Target);
