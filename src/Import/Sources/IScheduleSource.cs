using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// One shape a schedule may take on a page (tables, lists, definition lists, headings, week grids, front-matter
/// entries, week offsets). Every source offers the blocks of its shape that may be the schedule, as candidates that
/// vote in one chooser (<see cref="ChooseStage"/>), and the dates it can see for the year reader, which asks every
/// source and names none. Sources are registered, in order, in <see cref="ScheduleSources"/>.
/// </summary>
internal interface IScheduleSource
{
    string Name { get; }

    /// <summary>The candidates of this shape on the page, read in <see cref="ImportContext.Year"/>; none when it has none.</summary>
    IEnumerable<ScheduleCandidate> Find(ImportContext context);

    /// <summary>What this shape's dates tell of the year, read as if in <paramref name="year"/> (which only decides Feb 29).</summary>
    YearEvidence EvidenceOfYear(ImportContext context, int year);
}

/// <summary>
/// A block (or blocks, read as one) that may be the schedule. <see cref="Read"/> turns it into sessions with a fresh
/// date reader, session factory and warning log: only the chosen candidate's warnings are kept.
/// </summary>
/// <param name="What">What it is, for the chooser's warning ("table", "list").</param>
/// <param name="Line">Its first line (1-based).</param>
/// <param name="Why">Why the source took it, said when it is chosen (which of several tables, by what column).</param>
/// <param name="DateTexts">Its date labels' texts, for judging the page's numeric day/month order.</param>
/// <param name="Fallback">Votes only when no other candidate was found (a week grid places weeks, not written dates).</param>
/// <param name="LeftOut">
/// Why the block is no class meetings although it carries dates (a table of deadlines): it never votes, and the import
/// reports it among the dated blocks it did not use.
/// </param>
internal sealed record ScheduleCandidate(
    string What, int Line, Func<ScheduleDateReader, SessionFactory, WarningLog, IEnumerable<(Session Session, int Line)>> Read,
    string? Why = null, IReadOnlyList<string>? DateTexts = null, bool Fallback = false, string? LeftOut = null);

/// <summary>
/// What a source's dates tell of the year: its dated labels with the weekday written beside each (if any), the
/// day/month order of its numbers, and its first date written with a year. <paramref name="Exact"/> is false when its
/// weekdays are only likely (a week grid's label may be the Monday of a week that meets on Tuesdays): such rows help
/// guess a year the page does not state, but never overrule one it states.
/// </summary>
internal sealed record YearEvidence(
    IReadOnlyList<(string Date, DayOfWeek? Weekday)> Rows, NumericDateOrder? Order = null, DateOnly? FullDate = null, bool Exact = true)
{
    public static readonly YearEvidence None = new([]);

    /// <summary>The source's name, for saying where a year came from ("a date with its year in the table").</summary>
    public string What { get; init; } = "schedule";
}

