namespace CourseFunctions.Http.Api;

/// <summary>One page of the audit log, newest first; <c>next</c> is the URL of the older page, or null at the end.</summary>
public sealed record AuditPageResponse(string CourseId, IReadOnlyList<AuditEntryResponse> Entries, string? Next);
