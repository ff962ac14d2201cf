namespace CourseFunctions.Core.Courses;

/// <summary>
/// Re-importing a page keeps the edits made through the API since the last import. Per session and per field, three
/// versions are compared: the page as last imported (the base), what storage holds now, and the new page. A field the
/// new page did not change keeps the stored value; a field only the page changed takes the page's; a field both changed
/// differently is a conflict, which the page wins unless the stored edits are to be kept. A session added or deleted
/// through the API is an edit too, and so is a session the page dropped.
/// </summary>
public static class ScheduleMerge
{
    /// <param name="lastImport">
    /// The sessions the page gave at the last import; null when none was recorded, and the page then replaces storage as it always did.
    /// </param>
    /// <param name="stored">The sessions storage holds now.</param>
    /// <param name="page">The sessions the new page gives.</param>
    /// <param name="keepEdits">In a conflict, the stored edit wins instead of the page.</param>
    public static ScheduleMergeResult Merge(IReadOnlyList<Session>? lastImport, IReadOnlyList<Session> stored, IReadOnlyList<Session> page, bool keepEdits)
    {
        if (lastImport is null) return new ScheduleMergeResult(page, []);
        var bases = lastImport.ToDictionary(session => session.Date);
        var storedByDate = stored.ToDictionary(session => session.Date);
        var pageByDate = page.ToDictionary(session => session.Date);
        var merged = new List<Session>();
        var edits = new List<StoredEdit>();
        foreach (var date in bases.Keys.Union(storedByDate.Keys).Union(pageByDate.Keys).Order())
        {
            var result = MergeSession(
                date, bases.GetValueOrDefault(date), storedByDate.GetValueOrDefault(date), pageByDate.GetValueOrDefault(date), keepEdits, edits);
            if (result is not null) merged.Add(result);
        }
        return new ScheduleMergeResult(merged, edits);
    }

    private static Session? MergeSession(DateOnly date, Session? last, Session? stored, Session? page, bool keepEdits, List<StoredEdit> edits)
    {
        switch (last, stored, page)
        {
            case (_, null, null): return null;
            // Only the page has it: new on the page (or deleted through the API and never imported).
            case (null, null, { }): return page;
            // Added through the API, not on the page.
            case (null, { }, null):
                edits.Add(new StoredEdit(date, SessionField.Session, Shown(stored), null, Conflict: false, Kept: true));
                return stored;
            // Deleted through the API: kept deleted while the page leaves the session as it was.
            case ({ }, null, { }):
                if (Differences(last, page).Count == 0)
                {
                    edits.Add(new StoredEdit(date, SessionField.Session, null, Shown(page), Conflict: false, Kept: true));
                    return null;
                }
                edits.Add(new StoredEdit(date, SessionField.Session, null, Shown(page), Conflict: true, Kept: keepEdits));
                return keepEdits ? null : page;
            // Dropped from the page: an edited session is a conflict, an untouched one goes.
            case ({ }, { }, null):
                if (Differences(last, stored).Count == 0) return null;
                edits.Add(new StoredEdit(date, SessionField.Session, Shown(stored), null, Conflict: true, Kept: keepEdits));
                return keepEdits ? stored : null;
            default:
                return MergeFields(date, last, stored!, page!, keepEdits, edits);
        }
    }

    /// <summary>Field by field; with no base (added both through the API and on the page), every difference is a conflict.</summary>
    private static Session MergeFields(DateOnly date, Session? last, Session stored, Session page, bool keepEdits, List<StoredEdit> edits)
    {
        var merged = page;
        foreach (var field in Fields)
        {
            var storedValue = field.Get(stored);
            var pageValue = field.Get(page);
            if (field.Same(storedValue, pageValue)) continue;
            var pageChanged = last is null || !field.Same(field.Get(last), pageValue);
            var storedChanged = last is null || !field.Same(field.Get(last), storedValue);
            if (!storedChanged) continue;
            var conflict = pageChanged;
            var keep = !conflict || keepEdits;
            edits.Add(new StoredEdit(date, field.Name, field.Show(storedValue), field.Show(pageValue), conflict, keep));
            if (keep) merged = field.Set(merged, stored);
        }
        return merged;
    }

    /// <summary>The fields in which two versions of a session differ.</summary>
    public static IReadOnlyList<SessionField> Differences(Session before, Session after) =>
        Fields.Where(field => !field.Same(field.Get(before), field.Get(after))).Select(field => field.Name).ToList();

    /// <summary>A one-line account of a session, to name it in a report.</summary>
    public static string Shown(Session session) =>
        string.Join(", ", Fields.Select(field => $"{field.Label} {field.Show(field.Get(session)) ?? "none"}"));

    private sealed record Field(SessionField Name, string Label, Func<Session, object?> Get, Func<Session, Session, Session> Set, Func<object?, string?> Show)
    {
        public bool Same(object? a, object? b) => (a, b) switch
        {
            (IEnumerable<string> x, IEnumerable<string> y) => x.SequenceEqual(y),
            (IEnumerable<MaterialLink> x, IEnumerable<MaterialLink> y) => x.SequenceEqual(y),
            _ => Equals(a, b),
        };
    }

    private static readonly Field[] Fields =
    [
        new(SessionField.Time, "time", s => (s.Start, s.End), (to, from) => to with { Start = from.Start, End = from.End },
            value => value is (TimeOnly start, TimeOnly end) ? $"{WireFormats.Time(start)}-{WireFormats.Time(end)}"
                : value is (TimeOnly only, null) ? WireFormats.Time(only)
                : null),
        new(SessionField.Status, "status", s => s.Status, (to, from) => to with { Status = from.Status }, value => value?.ToString()!.ToLowerInvariant()),
        new(SessionField.Kind, "kind", s => s.Kind, (to, from) => to with { Kind = from.Kind }, value => value?.ToString()!.ToLowerInvariant()),
        new(SessionField.Topics, "topics", s => s.Topics, (to, from) => to with { Topics = from.Topics },
            value => value is IReadOnlyList<string> { Count: > 0 } topics ? string.Join("; ", topics) : null),
        new(SessionField.Materials, "materials", s => s.Materials, (to, from) => to with { Materials = from.Materials },
            value => value is IReadOnlyList<MaterialLink> { Count: > 0 } links ? string.Join("; ", links.Select(link => link.Title)) : null),
        new(SessionField.Location, "location", s => s.Location, (to, from) => to with { Location = from.Location }, value => (string?)value),
        new(SessionField.Note, "note", s => s.Note, (to, from) => to with { Note = from.Note }, value => (string?)value),
    ];
}

/// <summary>What a session edit concerns: one field, or the whole session (added or deleted through the API, or dropped from the page).</summary>
public enum SessionField { Session, Time, Status, Kind, Topics, Materials, Location, Note }

/// <summary>The sessions to store, and the stored edits the merge met.</summary>
public sealed record ScheduleMergeResult(IReadOnlyList<Session> Sessions, IReadOnlyList<StoredEdit> Edits)
{
    /// <summary>Edits the page overrides: conflicts the page won.</summary>
    public IEnumerable<StoredEdit> Overridden => Edits.Where(edit => !edit.Kept);

    public IEnumerable<StoredEdit> Kept => Edits.Where(edit => edit.Kept);
}

/// <summary>
/// A stored edit the merge met, on <paramref name="Date"/>: the stored value and the page's (null: none, or no session).
/// <paramref name="Conflict"/> when the page changed it too; <paramref name="Kept"/> when the stored value stays.
/// </summary>
public sealed record StoredEdit(DateOnly Date, SessionField Field, string? Stored, string? Page, bool Conflict, bool Kept);
