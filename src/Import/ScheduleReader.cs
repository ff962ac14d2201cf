using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Finds the page's schedule, wherever and however it is written, and reads its rows: the front matter's session
/// list, and of the tables whose cells read as dates (under a schedule heading first, else anywhere), the lists of
/// sessions, a Just the Class definition list and dated headings, the one whose dates agree best; else a week table.
/// </summary>
internal static class ScheduleReader
{
    /// <summary>One way the page may hold its schedule, read into a log of its own: only the chosen one's warnings are kept.</summary>
    private sealed record Candidate(string What, int Line, List<(Core.Courses.Session Session, int Line)> Rows, WarningLog Warnings, string? Why = null)
    {
        /// <summary>The days of the week most of its dates fall on (at most three: a course meets on few).</summary>
        public HashSet<DayOfWeek> UsualDays { get; } = Rows.GroupBy(row => row.Session.Date.DayOfWeek)
            .OrderByDescending(day => day.Count()).ThenBy(day => day.Key).Take(3).Select(day => day.Key).ToHashSet();

        /// <summary>Its dates that agree with each other: each on or after the one before it, on one of the usual days.</summary>
        public int AgreeingDates => Rows.Where((row, index) => (index == 0 || row.Session.Date >= Rows[index - 1].Session.Date)
            && UsualDays.Contains(row.Session.Date.DayOfWeek)).Count();

        public string Evidence => $"{Rows.Count} dates, {AgreeingDates} of them in order on its usual days ({string.Join(", ", UsualDays.Order())})";
    }

    public static List<(Core.Courses.Session Session, int Line)> Read(
        MarkdownDocument document, FrontMatter frontMatter, List<Table> scheduleSectionTables, List<Table> weekTables,
        ClassTimesReader.Reading classTimes, int termYear, string? language, WarningLog warnings, IReadOnlyCollection<Block>? informationBlocks = null,
        string? group = null)
    {
        var (schedule, tablesWhy) = ChooseTables(document, scheduleSectionTables, weekTables, termYear, warnings);
        schedule = GroupColumns.Choose(schedule, group, termYear, warnings);
        if (group is not null) tablesWhy = null; // the group's column was chosen, and said so
        var order = schedule.Count == 0 ? NumericDateOrder.MonthFirst : NumericDateJudge.Judge(
            schedule.SelectMany(part => ScheduleTableReader.DateTexts(part.Table, part.Column)), classTimes.ClassTimes.Select(c => c.Day).ToList(),
            language, termYear, warnings);
        var dates = new ScheduleDateReader(termYear, order);
        var sessions = new SessionFactory(classTimes, warnings);

        var rows = CourseCollectionReader.Read(frontMatter, dates, sessions, warnings).Concat(WeekOffsetReader.Read(frontMatter, sessions, warnings)).ToList();
        var found = rows.Count > 0 || schedule.Count > 0 || weekTables.Count > 0;
        Candidate Candidate(string what, Block first, Func<SessionFactory, WarningLog, IEnumerable<(Core.Courses.Session, int)>> read, string? why = null)
        {
            var log = new WarningLog();
            return new Candidate(what, first.Line + 1, read(new SessionFactory(classTimes, log), log).ToList(), log, why);
        }
        var candidates = new List<Candidate>();
        if (schedule.Count > 0)
            candidates.Add(Candidate("table", schedule[0].Table, (factory, log) => schedule.SelectMany(part => ScheduleTableReader.Read(part.Table, part.Column, dates, factory, log)), tablesWhy));
        if (ListScheduleReader.Find(document, new ScheduleDateReader(termYear), informationBlocks ?? []) is { Count: > 0 } lists)
            candidates.Add(Candidate("list", lists[0], (factory, _) => lists.SelectMany(list => ListScheduleReader.Read(list, dates, factory))));
        if (document.Descendants<DefinitionList>().FirstOrDefault(list => DefinitionListReader.IsSchedule(list, new ScheduleDateReader(termYear))) is { } modules)
            candidates.Add(Candidate("definition list", modules, (factory, log) => DefinitionListReader.Read(modules, dates, factory, log)));
        if (HeadingScheduleReader.Find(document, new ScheduleDateReader(termYear)) is { Count: > 0 } headings)
            candidates.Add(Candidate("dated headings", headings[0], (factory, _) => HeadingScheduleReader.Read(document, headings, dates, factory)));

        if (candidates.Count > 0)
        {
            var chosen = Choose(candidates, warnings);
            rows.AddRange(chosen.Rows);
            warnings.Adopt(chosen.Warnings);
            found = true;
        }
        else if (weekTables.Count > 0)
        {
            var termStart = frontMatter.GetString("start_date", "term_start", "first_day", "start") is { } start ? new ScheduleDateReader(termYear).Read(start) : null;
            // Week tables with the first one's header are its parts (a table per unit), read in page order.
            var header = ScheduleTableReader.HeaderKey(weekTables[0]);
            foreach (var part in weekTables.Where(table => ScheduleTableReader.HeaderKey(table) == header))
                rows.AddRange(WeekTableReader.Read(part, termStart, dates, classTimes.ClassTimes, sessions, warnings, WeekTableReader.Caption(part)));
        }
        // A page with no schedule at all says so, so that an instructor knows what to change rather than giving up.
        // (An empty schedule table is a course not planned yet, and front-matter entries without dates were each
        // reported already: no warning then.)
        if (!found && frontMatter.GetMappings("schedule", "sessions", "lectures").Count == 0)
            warnings.AtLine(null, "No schedule was found: no table, list or front-matter sessions whose entries read as dates (e.g. \"Jan 10\", \"2025-01-10\", \"10/01\").");
        return rows;
    }

    /// <summary>
    /// The candidate whose dates agree best (rise, and fall on the same few weekdays): a table of three exam dates
    /// does not outweigh a list of twenty sessions. Ties go to the first kind (table, list, definition list,
    /// headings). Says why when there was a choice.
    /// </summary>
    private static Candidate Choose(List<Candidate> candidates, WarningLog warnings)
    {
        var chosen = candidates.MaxBy(candidate => candidate.AgreeingDates)!;
        var others = candidates.Where(candidate => candidate != chosen).ToList();
        if (chosen.Why is not null) warnings.AtLine(chosen.Line, chosen.Why);
        if (others.Count > 0)
            warnings.AtLine(chosen.Line, $"The schedule is the {chosen.What} at line {chosen.Line}: {chosen.Evidence}; "
                + string.Join("; ", others.Select(other => $"not the {other.What} at line {other.Line}: {other.Evidence}")) + ".");
        return chosen;
    }

    /// <summary>
    /// The tables with the most cells that read as dates: several tables (grading, assignments) may have dates,
    /// and the date column may be headed by any word or none. Tables with the same header are one schedule split
    /// into parts (a table per week), read in page order. Says why, when it chose between tables or by content.
    /// </summary>
    private static (List<(Table Table, ScheduleTableReader.DateColumn Column)> Tables, string? Why) ChooseTables(
        MarkdownDocument document, List<Table> scheduleSectionTables, List<Table> weekTables, int termYear, WarningLog warnings)
    {
        // A table per week ("## Week 1", a table with its one date, "## Week 2", …) is one schedule in parts: a table of
        // one date counts when others with its header make two dates at least.
        List<(Table Table, ScheduleTableReader.DateColumn Column)> Dated(IEnumerable<Table> tables)
        {
            var dated = tables.Take(200).Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, termYear, minimumDates: 1)))
                .Where(candidate => candidate.Column is not null).Select(candidate => (candidate.Table, Column: candidate.Column!)).ToList();
            return dated.GroupBy(candidate => ScheduleTableReader.HeaderKey(candidate.Table))
                .Where(parts => parts.Sum(part => part.Column.Dates) >= 2 || parts.Any(part => part.Column.Named))
                .SelectMany(parts => parts).ToList();
        }

        var candidates = Dated(scheduleSectionTables);
        foreach (var table in scheduleSectionTables.Where(table => candidates.All(c => c.Table != table)))
            warnings.AtMarkdownLine(table.Line, "This schedule table has no column of dates; its rows were not imported.");
        if (candidates.Count == 0)
            candidates = Dated(document.Descendants<Table>().Where(table => !weekTables.Contains(table) && !scheduleSectionTables.Contains(table)));
        if (candidates.Count == 0) return ([], null);

        var groups = candidates.GroupBy(candidate => ScheduleTableReader.HeaderKey(candidate.Table))
            .Select(group => group.OrderBy(part => part.Table.Line).ToList())
            .OrderByDescending(group => group.Sum(part => part.Column.Dates))
            .ToList();
        var chosen = groups[0];
        var others = groups.Skip(1).ToList();
        var first = chosen[0];
        var why = others.Count == 0 && first.Column.Named && chosen.Count == 1 ? null
            : (chosen.Count > 1 ? $"The schedule is this table and the {chosen.Count - 1} after it with the same header: " : "The schedule is this table: ")
                + $"column {first.Column.Index + 1}" + (first.Column.Header.Length > 0 ? $" (\"{first.Column.Header}\")" : "")
                + $" reads as {chosen.Sum(part => part.Column.Dates)} dates"
                + (others.Count > 0 ? $", more than the {others.Count} other table(s) with dates ({string.Join(", ", others.Select(o => o.Sum(part => part.Column.Dates)))})." : ".");
        return (chosen, why);
    }
}
