using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

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
        static DayOfWeek? Day(string text) => ClassTimesReader.ToDay(Core.Slides.SearchText.Fold(text).Trim().TrimEnd('.', ','));
        var first = cells[dateColumn].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return (first is null ? null : Day(first)) ?? NumericDateJudge.WrittenWeekday(cells[dateColumn]) // "02/09 (Mon)"
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

    /// <summary>A year and where it came from; <paramref name="IsGuess"/> when nothing on the page told it.</summary>
    public sealed record Reading(int Year, string Source, bool IsGuess = false);

    public static Reading OfTheWeekdays(MarkdownDocument document, List<Table> scheduleTables, List<Table> weekTables, ClassTimesReader.Reading classTimes,
        DateOnly today, WarningLog warnings)
    {
        var classDays = classTimes.ClassTimes.Select(c => c.Day).ToHashSet();
        var (rows, order) = DatedRows(document, scheduleTables, today.Year);
        // Week grids: the dates labelling their weeks fall on the grids' first weekday; list items name their own ("W 09/30").
        rows = [.. rows, .. WeekTableReader.DatedWeekLabels(weekTables), .. ListScheduleReader.WrittenWeekdays(document)];
        // Dates that carry their own year ("14/Oct/2013") need no guess: the first one starts the count; else the
        // first such date in another table of the schedule (a quiz table's "02/02/2026"), or of dated headings.
        var yearless = new ScheduleDateReader(null, order);
        if (rows.Select((row, index) => (Date: yearless.Read(row.Date), Index: index)).FirstOrDefault(found => found.Date is not null) is { Date: { } dated } first)
            return new(dated.Year - NewYearsBefore(rows, first.Index, order), "a schedule date that carries its year");
        if (StatedYearInTables(scheduleTables, order) is { } stated) return new(stated, "a date with its year in the schedule's tables");
        var fullDates = new ScheduleDateReader(null);
        if (HeadingScheduleReader.Find(document, fullDates) is { Count: > 0 } headings)
            return new(fullDates.Read(InlineText.Of(headings[0]).Text)!.Value.Year, "the full dates of the schedule's headings");
        // Lists of sessions with full dates ("data: 4 marzo 2025", "- 2019-08-26 Introduction" from Org-mode headings).
        if (ListScheduleReader.FirstFullDate(document) is { } listed) return new(listed.Year, "a full date in a list of sessions");
        // When the numbers leave the day/month order open, each order is tried with each year: "02/09 (Mon)" fits one.
        var orders = NumericDateJudge.SettledByNumbers(rows.Select(row => row.Date)) ? [order] : new[] { order, order == NumericDateOrder.MonthFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst };
        bool FitsIn(int year) => orders.Any(candidate => Fits(rows, candidate, classDays, year));
        var fitting = Enumerable.Range(today.Year - 6, 8).Where(FitsIn).ToList();
        // An old page that no recent year fits ("Date (Mon)" over Mondays of 2018): the latest year back to 30 that does.
        if (fitting.Count == 0) fitting = Enumerable.Range(today.Year - 30, 24).Where(FitsIn).TakeLast(1).ToList();
        // Links are the last resort, but a clue: "…/2020/a/zoom_links" says which of the years that fit is meant.
        if (fitting.Count > 0 && LinkYear(document) is { } clue)
        {
            var nearest = fitting.MinBy(year => Math.Abs(year - clue));
            warnings.AtLine(null, $"The page gives no year; {nearest} is the year nearest the page's links ({clue}) in which its dates fall on the weekdays it names. Add the semester to be sure.");
            return new(nearest, $"the weekdays the page names, in the year nearest its links' {clue}");
        }
        if (fitting.Count > 0)
        {
            var chosen = fitting.Where(year => year <= today.Year).DefaultIfEmpty(fitting.Min()).Max();
            warnings.AtLine(null, $"The page gives no year; {chosen} is the most recent year in which its dates fall on the weekdays it names. Add the semester to be sure.");
            return new(chosen, "the weekdays the page names (the most recent year they fit)");
        }
        warnings.AtLine(null, $"The page gives no year (semester, 'year:', title or headings), and its dates do not tell one; dates without a year use {today.Year}.");
        return new(today.Year, $"guessed: the current year ({today.Year}); nothing on the page tells the year", IsGuess: true);
    }

    /// <summary>
    /// A year the page states may be stale (a copied page's "2020 Fall:" above the 2021 table): when the weekdays its
    /// rows write ("W.", "F.") contradict it and all fit the year before or after, that year is used, with a warning.
    /// </summary>
    public static int CheckedAgainstWrittenWeekdays(int stated, MarkdownDocument document, List<Table> scheduleTables, WarningLog warnings)
    {
        var (rows, order) = DatedRows(document, scheduleTables, stated);
        if (Fits(rows, order, [], stated) || rows.Count(row => row.Weekday is not null) < 3) return stated;
        foreach (var neighbour in new[] { stated + 1, stated - 1 })
        {
            if (!Fits(rows, order, [], neighbour)) continue;
            warnings.AtLine(null, $"The weekdays the schedule writes fit {neighbour}, not {stated} as the page says; its dates use {neighbour}. Correct the year on the page to be sure.");
            return neighbour;
        }
        return stated;
    }

    /// <summary>
    /// Each dated row of the likeliest schedule table (at most 400): its date text, and the weekday it names, in the date
    /// cell ("Mon 8/26"), a cell of its own ("segunda"), or the first of the table's weekday columns; and the table's
    /// day/month order, as its numbers tell ("19/02" can only be day first).
    /// </summary>
    private static (List<(string Date, DayOfWeek? Weekday)> Rows, NumericDateOrder Order) DatedRows(
        MarkdownDocument document, List<Table> scheduleTables, int year)
    {
        var candidates = (scheduleTables.Count > 0 ? scheduleTables : document.Descendants<Table>()).Take(200)
            .Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, year, minimumDates: 1)))
            .Where(candidate => candidate.Column is not null)
            .ToList();
        var chosen = candidates.OrderByDescending(candidate => candidate.Column!.Dates).FirstOrDefault();
        if (chosen.Table is null) return ([], NumericDateOrder.MonthFirst);
        var headers = ScheduleTableReader.HeaderCells(chosen.Table);
        // "Groupe 09 (lundi 15h20)": a date column whose header names its weekday.
        // "Week | Tuesday | Thursday" with dates in the day cells: each column's dates fall on its own weekday.
        var weekdayColumns = WeekTableReader.WeekdayColumns(headers);
        var firstWeekdayColumn = weekdayColumns.FirstOrDefault(day => day.Index == chosen.Column!.Index).Day ?? weekdayColumns.FirstOrDefault().Day
            ?? (chosen.Column!.Index < headers.Count ? ClassTimesReader.Read(headers[chosen.Column.Index]).ClassTimes.FirstOrDefault()?.Day : null)
            ?? (chosen.Column.Index < headers.Count ? headers[chosen.Column.Index].Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(ClassTimesReader.ToDay).FirstOrDefault(day => day is not null) : null);
        // The chosen table and the others with its header: the parts of a schedule split into a table per week.
        var header = ScheduleTableReader.HeaderKey(chosen.Table);
        var parts = candidates.Where(candidate => ScheduleTableReader.HeaderKey(candidate.Table) == header);
        var rows = parts.SelectMany(part => ScheduleTableReader.BodyCells(part.Table).Zip(ScheduleTableReader.DateTexts(part.Table, part.Column!))
                .Where(row => part.Column!.Index < row.First.Count)
                .Select(row => (Date: row.Second, Weekday: NamedWeekday(row.First, part.Column!.Index) ?? firstWeekdayColumn)))
            .Take(400).ToList();
        return (rows, NumericDateJudge.Judge(rows.Select(row => row.Date), [], null, year, new WarningLog()));
    }

    /// <summary>
    /// How many times the rows before the first one with its year ("24/12", then "18/02/19") cross New Year, the month
    /// falling back as the reader rolls over: a late "…/19" row dates the first rows in 2018.
    /// </summary>
    private static int NewYearsBefore(List<(string Date, DayOfWeek? Weekday)> rows, int index, NumericDateOrder order)
    {
        var reader = new ScheduleDateReader(ScheduleDateReader.AnyLeapYear, order);
        var months = rows.Take(index + 1).Select(row => reader.Read(row.Date)?.Month).OfType<int>().ToList();
        return months.Zip(months.Skip(1)).Count(pair => pair.Second < pair.First - 6);
    }

    /// <summary>The year most of the page's links carry in their path ("…/2020/a/…"), if any.</summary>
    private static int? LinkYear(MarkdownDocument document) => document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Take(2000)
        .Select(link => YearOf(link.Url)).OfType<int>()
        .GroupBy(year => year).OrderByDescending(group => group.Count()).ThenByDescending(group => group.Key).Select(group => (int?)group.Key).FirstOrDefault();

    private static int? StatedYearInTables(List<Table> tables, NumericDateOrder order) => tables.Take(20)
        .SelectMany(table => ScheduleTableReader.BodyCells(table).Take(400).SelectMany(cells => cells))
        .Select(cell => new ScheduleDateReader(null, order).Read(cell)?.Year).FirstOrDefault(year => year is not null);

    /// <summary>Whether, in that year, every dated row falls on the weekday it names (else on a class day), with two at least that tell.</summary>
    private static bool Fits(List<(string Date, DayOfWeek? Weekday)> rows, NumericDateOrder order, HashSet<DayOfWeek> classDays, int year)
    {
        var reader = new ScheduleDateReader(year, order);
        var evidence = 0;
        foreach (var (text, written) in rows)
        {
            if (reader.Read(text) is not { } date) continue;
            if (written is { } day ? day != date.DayOfWeek : classDays.Count > 0 && !classDays.Contains(date.DayOfWeek)) return false;
            if (written is not null || classDays.Count > 0) evidence++;
        }
        return evidence >= 2;
    }
}
