using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Core.Import;

/// <summary>
/// Finds the page's schedule, wherever and however it is written, and reads its rows: the front matter's
/// session list, else the dated table with the most readable dates, else a Just the Class definition
/// list, else a week table.
/// </summary>
internal static class ScheduleReader
{
    public static List<(Courses.Session Session, int Line)> Read(
        MarkdownDocument document, FrontMatter frontMatter, List<Table> scheduleTables, List<Table> weekTables,
        ClassTimesReader.Reading classTimes, int termYear, string? language, WarningLog warnings)
    {
        // Several tables (grading, assignments) may have dates: the schedule is the one with the most readable ones.
        if (scheduleTables.Count == 0) scheduleTables.AddRange(document.Descendants<Table>().Where(ScheduleTableReader.IsSchedule));
        var scheduleTable = scheduleTables.OrderByDescending(table => ScheduleTableReader.ReadableDates(table, termYear)).FirstOrDefault();
        var order = scheduleTable is null ? NumericDateOrder.MonthFirst : NumericDateJudge.Judge(
            ScheduleTableReader.DateTexts(scheduleTable), classTimes.ClassTimes.Select(c => c.Day).ToList(), language, termYear, warnings);
        var dates = new ScheduleDateReader(termYear, order);
        var sessions = new SessionFactory(classTimes, warnings);

        var rows = CourseCollectionReader.Read(frontMatter, dates, sessions, warnings).ToList();
        if (scheduleTable is not null)
            rows.AddRange(ScheduleTableReader.Read(scheduleTable, dates, sessions, warnings));
        else if (document.Descendants<DefinitionList>().FirstOrDefault(list => DefinitionListReader.IsSchedule(list, new ScheduleDateReader(termYear))) is { } modules)
            rows.AddRange(DefinitionListReader.Read(modules, dates, sessions, warnings));
        else if (weekTables.Count > 0)
        {
            var termStart = frontMatter.GetString("start_date", "term_start", "first_day", "start") is { } start ? new ScheduleDateReader(termYear).Read(start) : null;
            rows.AddRange(WeekTableReader.Read(weekTables[0], termStart, dates, classTimes.ClassTimes, sessions, warnings));
        }
        return rows;
    }
}
