using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// What an import writes: the sessions whose view changes (each with its change records, in one group, where a
/// move's record joins its addition), the sessions no longer on the page, and the counts it reports.
/// Sessions that look the same are not written, so their SEQUENCE stays.
/// </summary>
internal sealed class SchedulePlan
{
    public List<List<TableTransactionAction>> Groups { get; } = [];
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Deleted { get; private set; }

    /// <param name="previousCourse">The course as stored; null for a new course, whose first import records no change.</param>
    public static SchedulePlan Build(Course? previousCourse, IReadOnlyList<TableEntity> previousRows, Course course,
        IReadOnlyList<Session> sessions, DateTimeOffset now, string who)
    {
        var plan = new SchedulePlan();
        var previous = previousRows.ToDictionary(row => row.RowKey, SessionRecord.ToStoredSession);
        var record = previousCourse is not null;
        var added = new List<(SessionView View, List<TableTransactionAction> Group)>();
        foreach (var session in sessions)
        {
            var rowKey = SessionRecord.RowKeyFor(session.Date);
            previous.Remove(rowKey, out var stored);
            var after = SessionView.Of(course, session);
            var before = stored is null ? null : SessionView.Of(previousCourse ?? course, stored.Session);
            if (before is not null && before.LooksTheSameAs(after)) { plan.Unchanged++; continue; }

            // SEQUENCE rises on every change students see, so calendar clients replace their copy (RFC 5545 §3.8.7.4).
            var next = new StoredSession(session, stored is null ? 0 : stored.Sequence + 1, now);
            var group = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.UpsertReplace, Checked(SessionRecord.ToEntity(course.Id, next))),
            };
            plan.Groups.Add(group);
            if (stored is null) { plan.Created++; added.Add((after, group)); }
            else
            {
                plan.Updated++;
                if (record) group.AddRange(CourseTransaction.Records(ChangeDetector.Detect(course.Id, before, after, now, who)));
            }
        }

        var removed = new List<(SessionView View, List<TableTransactionAction> Group)>();
        foreach (var (rowKey, stored) in previous)
        {
            var group = new List<TableTransactionAction> { new(TableTransactionActionType.Delete, new TableEntity(course.Id, rowKey), ETag.All) };
            plan.Groups.Add(group);
            plan.Deleted++;
            removed.Add((SessionView.Of(previousCourse ?? course, stored.Session), group));
        }
        if (record) RecordAdditionsAndRemovals(course.Id, added, removed, now, who);
        return plan;
    }

    /// <summary>A removal and an addition of the same session are one move, recorded with the addition.</summary>
    private static void RecordAdditionsAndRemovals(string courseId, List<(SessionView View, List<TableTransactionAction> Group)> added,
        List<(SessionView View, List<TableTransactionAction> Group)> removed, DateTimeOffset now, string who)
    {
        var moves = ChangeDetector.Moves(removed.Select(r => r.View), added.Select(a => a.View));
        foreach (var (from, to) in moves)
            added.Single(a => ReferenceEquals(a.View, to)).Group.AddRange(CourseTransaction.Records([ChangeDetector.Moved(courseId, from, to, now, who)]));
        foreach (var (view, group) in added.Where(a => !moves.Any(m => ReferenceEquals(m.To, a.View))))
            group.AddRange(CourseTransaction.Records(ChangeDetector.Detect(courseId, null, view, now, who)));
        foreach (var (view, group) in removed.Where(r => !moves.Any(m => ReferenceEquals(m.From, r.View))))
            group.AddRange(CourseTransaction.Records(ChangeDetector.Detect(courseId, view, null, now, who)));
    }

    private static TableEntity Checked(TableEntity entity)
    {
        TableLimits.EnsureWithinLimits(entity);
        return entity;
    }
}
