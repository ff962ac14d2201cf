using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>A candidate read into sessions, in a warning log of its own, with how well its dates agree.</summary>
internal sealed class ScheduleReading(ScheduleCandidate candidate, List<(Session Session, int Line)> rows, WarningLog warnings)
{
    public ScheduleCandidate Candidate { get; } = candidate;

    public List<(Session Session, int Line)> Rows { get; } = rows;

    public WarningLog Warnings { get; } = warnings;

    /// <summary>The days of the week most of its dates fall on (at most three: a course meets on few).</summary>
    public HashSet<DayOfWeek> UsualDays { get; } = rows.GroupBy(row => row.Session.Date.DayOfWeek)
        .OrderByDescending(day => day.Count()).ThenBy(day => day.Key).Take(3).Select(day => day.Key).ToHashSet();

    /// <summary>Its dates that agree with each other: each on or after the one before it, on one of the usual days.</summary>
    public int AgreeingDates => Rows.Where((row, index) => (index == 0 || row.Session.Date >= Rows[index - 1].Session.Date)
        && UsualDays.Contains(row.Session.Date.DayOfWeek)).Count();

    public string Evidence => $"{Rows.Count} dates, {AgreeingDates} of them in order on its usual days ({string.Join(", ", UsualDays.Order())})";
}
