using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Core.Import;

/// <summary>
/// Finds the page's schedule, wherever and however it is written, and reads its rows: the front matter's
/// session list, else the table whose cells read as the most dates (under a schedule heading first, else
/// anywhere), else a list of sessions, else a Just the Class definition list, else dated headings, else a week table.
/// </summary>
internal static class ScheduleReader
{
    public static List<(Courses.Session Session, int Line)> Read(
        MarkdownDocument document, FrontMatter frontMatter, List<Table> scheduleSectionTables, List<Table> weekTables,
        ClassTimesReader.Reading classTimes, int termYear, string? language, WarningLog warnings, IReadOnlyCollection<Block>? informationBlocks = null)
    {
        var schedule = ChooseTables(document, scheduleSectionTables, weekTables, termYear, warnings);
        var order = schedule.Count == 0 ? NumericDateOrder.MonthFirst : NumericDateJudge.Judge(
            schedule.SelectMany(part => ScheduleTableReader.DateTexts(part.Table, part.Column)), classTimes.ClassTimes.Select(c => c.Day).ToList(),
            language, termYear, warnings);
        var dates = new ScheduleDateReader(termYear, order);
        var sessions = new SessionFactory(classTimes, warnings);

        var rows = CourseCollectionReader.Read(frontMatter, dates, sessions, warnings).Concat(WeekOffsetReader.Read(frontMatter, sessions, warnings)).ToList();
        var found = rows.Count > 0 || schedule.Count > 0 || weekTables.Count > 0;
        if (schedule.Count > 0)
            foreach (var part in schedule) rows.AddRange(ScheduleTableReader.Read(part.Table, part.Column, dates, sessions, warnings));
        else if (ListScheduleReader.Find(document, new ScheduleDateReader(termYear), informationBlocks ?? []) is { Count: > 0 } lists)
        {
            foreach (var list in lists) rows.AddRange(ListScheduleReader.Read(list, dates, sessions));
            found = true;
        }
        else if (document.Descendants<DefinitionList>().FirstOrDefault(list => DefinitionListReader.IsSchedule(list, new ScheduleDateReader(termYear))) is { } modules)
        {
            rows.AddRange(DefinitionListReader.Read(modules, dates, sessions, warnings));
            found = true;
        }
        else if (HeadingScheduleReader.Find(document, new ScheduleDateReader(termYear)) is { Count: > 0 } headings)
        {
            rows.AddRange(HeadingScheduleReader.Read(document, headings, dates, sessions));
            found = true;
        }
        else if (weekTables.Count > 0)
        {
            var termStart = frontMatter.GetString("start_date", "term_start", "first_day", "start") is { } start ? new ScheduleDateReader(termYear).Read(start) : null;
            // Week tables with the first one's header are its parts (a table per unit), read in page order.
            var header = ScheduleTableReader.HeaderKey(weekTables[0]);
            foreach (var part in weekTables.Where(table => ScheduleTableReader.HeaderKey(table) == header))
                rows.AddRange(WeekTableReader.Read(part, termStart, dates, classTimes.ClassTimes, sessions, warnings));
        }
        // A page with no schedule at all says so, so that an instructor knows what to change rather than giving up.
        // (An empty schedule table is a course not planned yet, and front-matter entries without dates were each
        // reported already: no warning then.)
        if (!found && frontMatter.GetMappings("schedule", "sessions", "lectures").Count == 0)
            warnings.AtLine(null, "No schedule was found: no table, list or front-matter sessions whose entries read as dates (e.g. \"Jan 10\", \"2025-01-10\", \"10/01\").");
        return rows;
    }

    /// <summary>
    /// The tables with the most cells that read as dates: several tables (grading, assignments) may have dates,
    /// and the date column may be headed by any word or none. Tables with the same header are one schedule split
    /// into parts (a table per week), read in page order. Says why, when it chose between tables or by content.
    /// </summary>
    private static List<(Table Table, ScheduleTableReader.DateColumn Column)> ChooseTables(
        MarkdownDocument document, List<Table> scheduleSectionTables, List<Table> weekTables, int termYear, WarningLog warnings)
    {
        List<(Table Table, ScheduleTableReader.DateColumn Column)> Dated(IEnumerable<Table> tables) => tables
            .Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, termYear)))
            .Where(candidate => candidate.Column is not null)
            .Select(candidate => (candidate.Table, candidate.Column!))
            .ToList();

        var candidates = Dated(scheduleSectionTables);
        foreach (var table in scheduleSectionTables.Where(table => candidates.All(c => c.Table != table)))
            warnings.AtMarkdownLine(table.Line, "This schedule table has no column of dates; its rows were not imported.");
        if (candidates.Count == 0)
            candidates = Dated(document.Descendants<Table>().Where(table => !weekTables.Contains(table) && !scheduleSectionTables.Contains(table)));
        if (candidates.Count == 0) return [];

        var groups = candidates.GroupBy(candidate => ScheduleTableReader.HeaderKey(candidate.Table))
            .Select(group => group.OrderBy(part => part.Table.Line).ToList())
            .OrderByDescending(group => group.Sum(part => part.Column.Dates))
            .ToList();
        var chosen = groups[0];
        var others = groups.Skip(1).ToList();
        var first = chosen[0];
        if (others.Count > 0 || !first.Column.Named || chosen.Count > 1)
            warnings.AtMarkdownLine(first.Table.Line,
                (chosen.Count > 1 ? $"The schedule is this table and the {chosen.Count - 1} after it with the same header: " : "The schedule is this table: ")
                + $"column {first.Column.Index + 1}" + (first.Column.Header.Length > 0 ? $" (\"{first.Column.Header}\")" : "")
                + $" reads as {chosen.Sum(part => part.Column.Dates)} dates"
                + (others.Count > 0 ? $", more than the {others.Count} other table(s) with dates ({string.Join(", ", others.Select(o => o.Sum(part => part.Column.Dates)))})." : "."));
        return chosen;
    }
}
