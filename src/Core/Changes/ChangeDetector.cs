using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Changes;

/// <summary>
/// Decides what changed for students between two views of a session, and names it: the change log's records.
/// A view that looks the same yields nothing; one that differs yields at least one record.
/// </summary>
public static class ChangeDetector
{
    /// <summary>The records for one session; empty when students see no difference.</summary>
    /// <param name="before">The session as it was shown; null when it did not exist.</param>
    /// <param name="after">The session as it will be shown; null when it is removed.</param>
    public static IReadOnlyList<CourseChange> Detect(string courseId, SessionView? before, SessionView? after, DateTimeOffset at, string who)
    {
        if (before is null && after is null) return [];
        var changes = new List<CourseChange>();
        void Add(ChangeKind kind, DateOnly date, string? was, string? now) =>
            changes.Add(new CourseChange(NewestFirstKey.For(at), courseId, kind, date, was, now, at, who));

        if (before is null)
        {
            Add(ChangeKind.Added, after!.Date, null, after.Times(after.TimeZone));
            return changes;
        }
        if (after is null)
        {
            Add(ChangeKind.Removed, before.Date, before.Times(before.TimeZone), null);
            return changes;
        }
        if (before.LooksTheSameAs(after)) return changes;

        if (before.Status != after.Status)
            Add(after.Status == SessionStatus.Cancelled ? ChangeKind.Cancelled : ChangeKind.Restored, after.Date,
                before.Status == SessionStatus.Cancelled ? before.Note : null, after.Status == SessionStatus.Cancelled ? after.Note : null);
        // Both read in the zone the course has now: what the student's calendar showed, and what it will show.
        if (before.StartAt != after.StartAt || before.EndAt != after.EndAt)
            Add(ChangeKind.TimeChanged, after.Date, before.Times(after.TimeZone), after.Times(after.TimeZone));
        if (before.Room != after.Room) Add(ChangeKind.RoomChanged, after.Date, before.Room, after.Room);
        if (before.Topics.Count == 0 && after.Topics.Count > 0) Add(ChangeKind.TopicsFilled, after.Date, null, Joined(after.Topics));
        var accounted = before with
        {
            Status = after.Status, StartAt = after.StartAt, EndAt = after.EndAt, Room = after.Room, TimeZone = after.TimeZone,
            // The course's own texts (its name, its page) change every event, which gets a new SEQUENCE; a record per
            // session would only repeat the one course edit.
            CourseName = after.CourseName, CoursePage = after.CoursePage, CancelledAs = after.CancelledAs,
            Topics = before.Topics.Count == 0 ? after.Topics : before.Topics,
            // The reason of a cancellation or a restoration is told by that record.
            Note = before.Status != after.Status ? after.Note : before.Note,
        };
        if (!accounted.LooksTheSameAs(after)) Add(ChangeKind.DetailsChanged, after.Date, Details(before), Details(after));
        return changes;
    }

    /// <summary>
    /// A session that left one date while one with the same topics and kind appeared on another is one session
    /// moved: the pairs, for an import to record as moves rather than as a removal and an addition.
    /// </summary>
    public static IReadOnlyList<(SessionView From, SessionView To)> Moves(IEnumerable<SessionView> removed, IEnumerable<SessionView> added)
    {
        var moves = new List<(SessionView, SessionView)>();
        var candidates = added.Where(a => a.Topics.Count > 0).ToList();
        foreach (var gone in removed.Where(r => r.Topics.Count > 0))
        {
            var match = candidates.FirstOrDefault(a => a.Kind == gone.Kind && a.Topics.SequenceEqual(gone.Topics));
            if (match is null) continue;
            candidates.Remove(match);
            moves.Add((gone, match));
        }
        return moves;
    }

    public static CourseChange Moved(string courseId, SessionView from, SessionView to, DateTimeOffset at, string who) =>
        new(NewestFirstKey.For(at), courseId, ChangeKind.Moved, to.Date,
            WireFormats.Date(from.Date), WireFormats.Date(to.Date), at, who);

    /// <summary>A deck students can open from now on, named by its file as the materials list shows it.</summary>
    /// <param name="date">The deck's session; for a course-wide deck, the day it became public on the course's clock.</param>
    public static CourseChange SlidesPublished(string courseId, DateOnly date, string fileName, DateTimeOffset at) =>
        // Nobody is named: an upload to the slides container carries no editor's identity.
        new(NewestFirstKey.For(at), courseId, ChangeKind.SlidesPublished, date, null, fileName, at, "");

    private static string? Joined(IReadOnlyList<string> topics) => topics.Count == 0 ? null : string.Join("; ", topics);

    private static string? Details(SessionView view) =>
        string.Join(" · ", new[] { Joined(view.Topics), view.Note }.Where(t => !string.IsNullOrEmpty(t))) is { Length: > 0 } text ? text : null;
}
