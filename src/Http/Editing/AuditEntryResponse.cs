namespace CourseFunctions.Http.Editing;

/// <summary>When, who (the key's name and the X-Editor the client gave), what (e.g. session.patch) and which (e.g. a date).</summary>
public sealed record AuditEntryResponse(DateTimeOffset At, string Editor, string Action, string Target);
