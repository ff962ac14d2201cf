namespace CourseFunctions.Core.Changes;

/// <summary>One page of a course's changes, newest first; <see cref="NextCursor"/> is null when no older change is left.</summary>
public sealed record ChangePage(IReadOnlyList<CourseChange> Changes, string? NextCursor);
