using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Core.Import;

/// <summary>The year of a page's undated dates: from its term, its title and headings, or the weekdays it names.</summary>
internal static partial class PageYears
{
    // Not inside a code of ASCII letters and digits ("CS2030S" is no year), but next to CJK text ("2026年") it is.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<year>(?:19|20)[0-9]{2})(?![0-9A-Za-z])")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\b(?<first>(?:19|20)[0-9]{2})\s*[/-]\s*(?<second>(?:19|20)[0-9]{2})\b")]
    private static partial Regex AcademicYear();

    private static readonly Regex SecondHalfTerm = Vocabulary.AnyWord(Vocabulary.SecondHalfTerms);

    /// <summary>The year of a term: "2025/2026" with a spring term is 2026, with an autumn term 2025.</summary>
    /// <summary>The weekday a row names: the first word of its date cell, else a cell that is only a weekday.</summary>
    private static DayOfWeek? NamedWeekday(List<string> cells, int dateColumn)
    {
        static DayOfWeek? Day(string text) => ClassTimesReader.ToDay(Slides.SearchText.Fold(text).Trim().TrimEnd('.', ','));
        var first = cells[dateColumn].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return (first is null ? null : Day(first))
            ?? cells.Where((cell, index) => index != dateColumn && cell.Length is > 0 and < 20).Select(Day).FirstOrDefault(day => day is not null);
    }

    public static int? TermYear(string? semester)
    {
        if (semester is not null && AcademicYear().Match(semester) is { Success: true } academic)
            return int.Parse(SecondHalfTerm.IsMatch(semester) ? academic.Groups["second"].Value : academic.Groups["first"].Value);
        return YearOf(semester);
    }

    public static int? YearOf(string? text) =>
        text is not null && FourDigitYear().Match(text) is { Success: true } match ? int.Parse(match.Value) : null;

    public static string? JoinTerm(string? term, string? year) =>
        term is null ? year : year is null || term.Contains(year) ? term : $"{term} {year}";

    public static int OfTheWeekdays(MarkdownDocument document, List<Table> scheduleTables, ClassTimesReader.Reading classTimes,
        DateOnly today, WarningLog warnings)
    {
        var classDays = classTimes.ClassTimes.Select(c => c.Day).ToHashSet();
        // Each dated row: its date text, and the weekday it names, in the date cell ("Mon 8/26") or a cell of its own ("segunda").
        var chosenTable = (scheduleTables.Count > 0 ? scheduleTables : document.Descendants<Table>())
            .Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, today.Year)))
            .Where(candidate => candidate.Column is not null)
            .OrderByDescending(candidate => candidate.Column!.Dates)
            .Select(candidate => (Rows: ScheduleTableReader.BodyCells(candidate.Table).Where(cells => candidate.Column!.Index < cells.Count)
                .Select(cells => (Date: cells[candidate.Column!.Index], Weekday: NamedWeekday(cells, candidate.Column.Index))).ToList(),
                Table: candidate.Table))
            .FirstOrDefault();
        var rows = chosenTable.Rows ?? [];
        // A table with a column per weekday ("Dates | Tuesday | Thursday") starts each row's dates on its first weekday.
        if (chosenTable.Table is { } table && WeekTableReader.WeekdayColumns(ScheduleTableReader.HeaderCells(table)) is { Count: > 0 } columns)
            rows = rows.Select(row => (row.Date, row.Weekday ?? columns[0].Day)).ToList();
        // Day/month or month/day, as the table's numbers tell ("19/02" can only be day first).
        var order = NumericDateJudge.Judge(rows.Select(row => row.Date), [], null, today.Year, new WarningLog());
        // Dates that carry their own year ("14/Oct/2013") need no guess: the first one starts the count.
        var yearless = new ScheduleDateReader(null, order);
        if (rows.Take(400).Select(row => yearless.Read(row.Date)).FirstOrDefault(date => date is not null) is { } dated) return dated.Year;
        var fitting = Enumerable.Range(today.Year - 6, 8).Where(year =>
        {
            var reader = new ScheduleDateReader(year, order);
            var evidence = 0;
            foreach (var (text, written) in rows.Take(400))
            {
                if (reader.Read(text) is not { } date) continue;
                if (written is { } day ? day != date.DayOfWeek : classDays.Count > 0 && !classDays.Contains(date.DayOfWeek)) return false;
                if (written is not null || classDays.Count > 0) evidence++;
            }
            return evidence >= 2;
        }).ToList();
        if (fitting.Count > 0)
        {
            var chosen = fitting.Where(year => year <= today.Year).DefaultIfEmpty(fitting.Min()).Max();
            warnings.AtLine(null, $"The page gives no year; {chosen} is the most recent year in which its dates fall on the weekdays it names. Add the semester to be sure.");
            return chosen;
        }
        warnings.AtLine(null, $"The page gives no year (semester, 'year:', title or headings), and its dates do not tell one; dates without a year use {today.Year}.");
        return today.Year;
    }
}
