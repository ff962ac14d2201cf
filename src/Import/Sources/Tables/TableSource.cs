using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Schedule tables (Markdown, HTML and reStructuredText ones alike, once the formats made them Markdown): the tables
/// with the most cells that read as dates, under a schedule heading first, else anywhere. Several tables with the same
/// header are one schedule split into parts (a table per week), read in page order.
/// </summary>
internal sealed class TableSource : IScheduleSource
{
    public string Name => "table";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var (schedule, why, leftOut) = ChooseTables(context);
        schedule = GroupColumns.Choose(schedule, context.Request.Group, context.Year, context.Warnings);
        if (context.Request.Group is not null) why = null; // the group's column was chosen, and said so
        // "Fecha | Teórica | Fecha | Práctica": each kind of meeting's date column gives its sessions.
        else schedule = [.. schedule.SelectMany(part =>
            ActivityDateColumns.Split(part.Table, part.Column, context.Year).Select(column => (part.Table, column)))];
        if (schedule.Count > 0)
            yield return Candidate(schedule, why, leftOut: null);
        // The tables not chosen are reported as unused blocks, with why.
        foreach (var (parts, reason) in leftOut)
            yield return Candidate(parts, why: null, reason);
    }

    private static ScheduleCandidate Candidate(List<(Table Table, ScheduleTableReader.DateColumn Column)> parts, string? why, string? leftOut) =>
        new("table", parts[0].Table.Line + 1, (dates, sessions, log) =>
            {
                var rows = parts.SelectMany(part => ScheduleTableReader.Read(part.Table, part.Column, dates, sessions, log));
                // A date column per kind of meeting: a row's meetings in the order of their dates, row after row (a wrapped
                // table's blocks are read one after the other, as they come).
                return parts.Any(part => part.Column.Activity is { Continues: false })
                    ? rows.OrderBy(row => row.Line).ThenBy(row => row.Session.Date) : rows;
            },
            why, [.. parts.SelectMany(part => ScheduleTableReader.DateTexts(part.Table, part.Column))], LeftOut: leftOut);

    /// <summary>
    /// The tables with the most cells that read as dates: several tables (grading, assignments) may have dates,
    /// and the date column may be headed by any word or none. Tables of deadlines, exams or office hours are left out
    /// (<see cref="NotMeetingTables"/>), with a warning naming them. Says why, when it chose between tables or by
    /// content; and gives the dated tables it did not choose, each with why.
    /// </summary>
    private static (List<(Table Table, ScheduleTableReader.DateColumn Column)> Tables, string? Why,
        List<(List<(Table Table, ScheduleTableReader.DateColumn Column)> Parts, string Reason)> LeftOut) ChooseTables(ImportContext context)
    {
        var (scheduleSectionTables, weekTables, termYear) = (context.ScheduleTables, context.WeekTables, context.Year);
        // A table per week ("## Week 1", a table with its one date, "## Week 2", …) is one schedule in parts: a table of
        // one date counts when others with its header make two dates at least.
        List<List<(Table Table, ScheduleTableReader.DateColumn Column)>> Groups(IEnumerable<Table> tables)
        {
            var dated = tables.Take(200).Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, termYear, minimumDates: 1)))
                .Where(candidate => candidate.Column is not null).Select(candidate => (candidate.Table, Column: candidate.Column!)).ToList();
            return dated.GroupBy(candidate => ScheduleTableReader.HeaderKey(candidate.Table))
                .Where(parts => parts.Sum(part => part.Column.Dates) >= 2 || parts.Any(part => part.Column.Named))
                .Select(parts => parts.OrderBy(part => part.Table.Line).ToList())
                .OrderByDescending(parts => parts.Sum(part => part.Column.Dates))
                .ToList();
        }

        var leftOut = new List<(List<(Table Table, ScheduleTableReader.DateColumn Column)> Parts, string Reason)>();
        // Deadlines, exams and office hours are no class meetings: said, and left out before any choice.
        List<List<(Table Table, ScheduleTableReader.DateColumn Column)>> Meetings(List<List<(Table Table, ScheduleTableReader.DateColumn Column)>> groups)
        {
            var meetings = new List<List<(Table Table, ScheduleTableReader.DateColumn Column)>>();
            foreach (var group in groups)
            {
                var notMeetings = group.Select(part => NotMeetingTables.Why(part.Table)).FirstOrDefault(why => why is not null);
                if (notMeetings is null) { meetings.Add(group); continue; }
                var reason = $"a table of deadlines, exams or office hours ({notMeetings}), not class meetings";
                context.Warnings.AtMarkdownLine(group[0].Table.Line, $"The table at line {group[0].Table.Line + 1} {notMeetings} lists deadlines, exams "
                    + "or office hours, not class meetings; it was left out.");
                leftOut.Add((group, reason));
            }
            return meetings;
        }

        var sectionGroups = Meetings(Groups(scheduleSectionTables));
        bool Dated(Table table) => sectionGroups.Concat(leftOut.Select(other => other.Parts)).Any(group => group.Any(part => part.Table == table));
        // A week's day table ("ma | di | wo" rows under a dated heading) is read by DayTableSource.
        var dayTables = DayTableReader.Find(context.Document, context.Year, context.Language).Select(part => part.Table).ToHashSet();
        foreach (var table in scheduleSectionTables.Where(table => !Dated(table) && !dayTables.Contains(table)))
            context.Warnings.AtMarkdownLine(table.Line, "This schedule table has no column of dates; its rows were not imported.");
        var elsewhere = Meetings(Groups(context.Document.Descendants<Table>()
            .Where(table => !weekTables.Contains(table) && !scheduleSectionTables.Contains(table))));
        var groups = sectionGroups.Count > 0 ? sectionGroups : elsewhere;
        if (groups.Count == 0) return ([], null, leftOut);
        if (sectionGroups.Count > 0)
            leftOut.AddRange(elsewhere.Select(group => (group, "a table outside the schedule section")));

        var chosen = groups[0];
        var others = groups.Skip(1).ToList();
        var first = chosen[0];
        leftOut.AddRange(others.Select(group =>
            (group, $"a table with fewer dates ({group.Sum(part => part.Column.Dates)}) than the one at line {first.Table.Line + 1}")));
        var why = others.Count == 0 && first.Column.Named && chosen.Count == 1 ? null
            : (chosen.Count > 1 ? $"The schedule is this table and the {chosen.Count - 1} after it with the same header: " : "The schedule is this table: ")
                + $"column {first.Column.Index + 1}" + (first.Column.Header.Length > 0 ? $" (\"{first.Column.Header}\")" : "")
                + $" reads as {chosen.Sum(part => part.Column.Dates)} dates"
                + (others.Count > 0
                    ? $", more than the {others.Count} other table(s) with dates ({string.Join(", ", others.Select(o => o.Sum(part => part.Column.Dates)))})."
                    : ".");
        return (chosen, why, leftOut);
    }

    /// <summary>
    /// Each dated row of the likeliest schedule table (at most 400): its date text, and the weekday it names, in the date
    /// cell ("Mon 8/26"), a cell of its own ("segunda"), or the first of the table's weekday columns; the table's
    /// day/month order, as its numbers tell ("19/02" can only be day first); and the first date a schedule table writes
    /// with its year (a quiz table's "02/02/2026").
    /// </summary>
    public YearEvidence EvidenceOfYear(ImportContext context, int year)
    {
        var scheduleTables = context.ScheduleTables;
        var candidates = (scheduleTables.Count > 0 ? scheduleTables : context.Document.Descendants<Table>()).Take(200)
            .Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, year, minimumDates: 1)))
            .Where(candidate => candidate.Column is not null)
            .ToList();
        var chosen = candidates.OrderByDescending(candidate => candidate.Column!.Dates).FirstOrDefault();
        if (chosen.Table is null) return new YearEvidence([], FullDate: StatedDateInTables(scheduleTables, NumericDateOrder.MonthFirst));
        var headers = ScheduleTableReader.HeaderCells(chosen.Table);
        // "Groupe 09 (lundi 15h20)": a date column whose header names its weekday.
        // "Week | Tuesday | Thursday" with dates in the day cells: each column's dates fall on its own weekday.
        var weekdayColumns = WeekTableReader.WeekdayColumns(headers);
        var firstWeekdayColumn = weekdayColumns.FirstOrDefault(day => day.Index == chosen.Column!.Index).Day ?? weekdayColumns.FirstOrDefault().Day
            ?? (chosen.Column!.Index < headers.Count ? ClassTimesReader.Read(headers[chosen.Column.Index]).ClassTimes.FirstOrDefault()?.Day : null)
            ?? (chosen.Column.Index < headers.Count
                ? headers[chosen.Column.Index].Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(ClassTimesReader.ToDay).FirstOrDefault(day => day is not null)
                : null);
        // The chosen table and the others with its header: the parts of a schedule split into a table per week.
        var header = ScheduleTableReader.HeaderKey(chosen.Table);
        var parts = candidates.Where(candidate => ScheduleTableReader.HeaderKey(candidate.Table) == header);
        var rows = parts.SelectMany(part => ScheduleTableReader.BodyCells(part.Table).Zip(ScheduleTableReader.DateTexts(part.Table, part.Column!))
                .Where(row => part.Column!.Index < row.First.Count)
                .Select(row => (Date: row.Second, Weekday: NamedWeekday(row.First, part.Column!.Index) ?? firstWeekdayColumn)))
            .Take(400).ToList();
        var order = NumericDateJudge.Judge(rows.Select(row => row.Date), [], null, year, new WarningLog());
        return new YearEvidence(rows, order, StatedDateInTables(scheduleTables, order));
    }

    /// <summary>The weekday a row names: the first word of its date cell, else a cell that is only a weekday.</summary>
    private static DayOfWeek? NamedWeekday(List<string> cells, int dateColumn)
    {
        static DayOfWeek? Day(string text) => ClassTimesReader.ToDay(Core.Slides.SearchText.Fold(text).Trim().TrimEnd('.', ','));
        var first = cells[dateColumn].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return (first is null ? null : Day(first)) ?? NumericDateJudge.WrittenWeekday(cells[dateColumn]) // "02/09 (Mon)"
            ?? cells.Where((cell, index) => index != dateColumn && cell.Length is > 0 and < 20).Select(Day).FirstOrDefault(day => day is not null);
    }

    private static DateOnly? StatedDateInTables(List<Table> tables, NumericDateOrder order) => tables.Take(20)
        .SelectMany(table => ScheduleTableReader.BodyCells(table).Take(400).SelectMany(cells => cells))
        .Select(cell => new ScheduleDateReader(null, order).Read(cell)).FirstOrDefault(date => date is not null);
}
