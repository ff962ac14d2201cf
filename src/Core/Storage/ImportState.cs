using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// What a re-import merges with: the sessions storage holds now, and those the page gave at the last import
/// (null when no import was recorded since re-imports began keeping edits).
/// </summary>
public sealed record ImportState(IReadOnlyList<Session> Stored, IReadOnlyList<Session>? LastImport);
