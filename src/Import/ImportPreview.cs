using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Import;

/// <summary>
/// What an import would change in storage, before anything is written: the sessions it would add, remove or change
/// (after the three-way merge that keeps the edits made since the last import), and those edits. Not
/// <see cref="Compared"/> when storage could not be read, with the reason.
/// </summary>
public sealed record ImportPreview(bool Compared, string? Reason, IReadOnlyList<SessionChange> Changes, IReadOnlyList<StoredEdit> Edits)
{
    /// <summary>How many sessions storage would hold after the import.</summary>
    public int SessionCount { get; init; }

    public static ImportPreview NotCompared(string reason) => new(false, reason, [], []);

    /// <param name="state">Storage now; null when the course does not exist yet.</param>
    public static ImportPreview Of(ImportState? state, IReadOnlyList<Session> page, bool keepEdits)
    {
        var stored = state?.Stored ?? [];
        var merge = ScheduleMerge.Merge(state?.LastImport, stored, page, keepEdits);
        var before = stored.ToDictionary(session => session.Date);
        var changes = new List<SessionChange>();
        foreach (var session in merge.Sessions)
        {
            if (!before.Remove(session.Date, out var old)) changes.Add(new SessionChange(session.Date, SessionChangeKind.Added, []));
            else if (ScheduleMerge.Differences(old, session) is { Count: > 0 } fields)
                changes.Add(new SessionChange(session.Date, SessionChangeKind.Changed, fields));
        }
        changes.AddRange(before.Keys.Select(date => new SessionChange(date, SessionChangeKind.Removed, [])));
        return new ImportPreview(true, null, [.. changes.OrderBy(change => change.Date)], merge.Edits) { SessionCount = merge.Sessions.Count };
    }
}

/// <summary>A session the import adds, removes, or changes in <paramref name="Fields"/>.</summary>
public sealed record SessionChange(DateOnly Date, SessionChangeKind Kind, IReadOnlyList<SessionField> Fields);

public enum SessionChangeKind { Added, Changed, Removed }
