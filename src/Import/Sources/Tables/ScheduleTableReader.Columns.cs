using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;

namespace CourseFunctions.Import;

/// <summary>Finding a schedule table's columns by what their cells say: the dates (with a month column), and the hours.</summary>
internal static partial class ScheduleTableReader
{
    /// <summary>
    /// A table's date column: its index, how many of its cells read as dates, and whether its header says so; and the
    /// column that gives the month of its day numbers, if any (-1 otherwise).
    /// </summary>
    /// <param name="Activity">When the table has a column of dates per kind of meeting, the columns that are this one's.</param>
    public sealed record DateColumn(int Index, int Dates, bool Named, string Header, int MonthColumn = -1, ActivitySpan? Activity = null);

    /// <summary>
    /// The columns of one date column's meetings in a table with several (<see cref="ActivityDateColumns"/>): the columns
    /// before <paramref name="SharedBefore"/> (a week number) are every date column's; then its own, from
    /// <paramref name="Start"/> to <paramref name="End"/> (excluded). <paramref name="Continues"/>: a table wrapped into
    /// side-by-side blocks ("No | Date | No | Date"), each block read after the one before it, not beside it.
    /// </summary>
    public sealed record ActivitySpan(int SharedBefore, int Start, int End, bool Continues = false);

    /// <summary>
    /// Finds the date column by what the cells say, not only by the header's word: a column headed "Date" (in
    /// any of the languages) with a readable date, else the column with the most readable dates, at least two;
    /// else a column headed "Date" all the same (an empty schedule is still the schedule). Null otherwise.
    /// </summary>
    /// <param name="minimumDates">2 for a table on its own; 1 for one part of a schedule split into a table per week.</param>
    public static DateColumn? FindDateColumn(Table table, int year, int minimumDates = 2)
    {
        var headers = HeaderCells(table);
        var rows = BodyCells(table);
        var columns = Columns(headers, rows, year);
        var named = columns.FirstOrDefault(column => column.Named);
        // A column of one date is a part's only when no column is headed as the date.
        var found = named is { Dates: > 0 } ? named
            : columns.Where(column => column.Dates >= 2).MaxBy(column => column.Dates)
              ?? named ?? columns.Where(column => column.Dates >= minimumDates).MaxBy(column => column.Dates);
        return MonthAndDayColumns(rows, headers, year) is { } monthDay && monthDay.Dates > (found?.Dates ?? 0) ? monthDay : found;
    }

    /// <summary>Every column of the table, each with how many dates its cells read as.</summary>
    public static List<DateColumn> Columns(Table table, int year) => Columns(HeaderCells(table), BodyCells(table), year);

    private static List<DateColumn> Columns(List<string> headers, List<List<string>> rows, int year)
    {
        var width = Math.Max(headers.Count, rows.Select(row => row.Count).DefaultIfEmpty(0).Max());
        return Enumerable.Range(0, width).Select(index =>
        {
            ImportBudget.ThrowIfSpent();
            // In either day/month order (the table's is judged later), counting each date of a cell that lists several.
            var dates = new[] { NumericDateOrder.MonthFirst, NumericDateOrder.DayFirst }.Max(order =>
            {
                var reader = new ScheduleDateReader(year, order);
                return rows.Sum(row => index < row.Count && reader.Read(row[index]) is { } date ? 1 + OtherListedDates(row[index], date, reader).Count() : 0);
            });
            var header = index < headers.Count ? headers[index] : "";
            return new DateColumn(index, dates, DateHeader().IsMatch(header), header);
        }).ToList();
    }

    /// <summary>
    /// "Month | Day": a column of month names written on the first row of each month only (or on every row), beside a
    /// column of day numbers; the pair reads as dates. Null when the table has no such pair giving two dates or more.
    /// </summary>
    private static DateColumn? MonthAndDayColumns(List<List<string>> rows, List<string> headers, int year)
    {
        var monthColumn = Enumerable.Range(0, headers.Count).FirstOrDefault(index =>
        {
            var cells = rows.Select(row => index < row.Count ? row[index] : "").Where(cell => cell.Length > 0).ToList();
            return cells.Count > 0 && cells.All(IsMonthName);
        }, -1);
        if (monthColumn < 0) return null;
        var reader = new ScheduleDateReader(year);
        // Only a column of day numbers ("3", "Tue 3", "3rd"): "| January | 18% |" is a table of figures, not a schedule.
        bool DayNumbers(int index) => rows.All(row => index >= row.Count || row[index].Length == 0 || DayOfMonth().IsMatch(row[index]));
        return Enumerable.Range(0, headers.Count).Where(index => index != monthColumn && DayNumbers(index))
            .Select(index => new DateColumn(index, DateTexts(rows, index, monthColumn).Count(text => reader.Read(text) is not null),
                DateHeader().IsMatch(headers[index]), headers[index], monthColumn))
            .Where(column => column.Dates >= 2)
            .MaxBy(column => column.Dates);
    }

    [GeneratedRegex(@"^(?:\p{L}{2,12}\.?,?\s+)?(?:[0-3]?[0-9])(?:st|nd|rd|th|er)?\.?(?:\s+\(?\p{L}{2,12}\.?\)?)?$", RegexOptions.NonBacktracking)]
    private static partial Regex DayOfMonth();

    /// <summary>"September", "Sept.", "October 2025": a month, and at most its year.</summary>
    private static bool IsMonthName(string cell)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && MonthNames.Of(words[0]) is not null
            && (words.Length == 1 || words[1] is { Length: 4 } year && year.All(char.IsAsciiDigit));
    }

    /// <summary>The cleaned text of each body row's cells.</summary>
    public static List<List<string>> BodyCells(Table table) => table.OfType<TableRow>().Where(row => !row.IsHeader)
        .Select(row => row.OfType<TableCell>().Select(cell => Clean(InlineText.Of(cell).Text.Replace('\n', ' '))).ToList()).ToList();

    /// <summary>Each body row's date text, for judging the date order before reading the rows.</summary>
    public static IEnumerable<string> DateTexts(Table table, DateColumn column) => DateTexts(BodyCells(table), column.Index, column.MonthColumn);

    /// <summary>Each row's date cell, after the month the month column last named ("3 September") when there is one.</summary>
    private static IEnumerable<string> DateTexts(List<List<string>> rows, int dateColumn, int monthColumn)
    {
        var month = "";
        foreach (var row in rows)
        {
            ImportBudget.ThrowIfSpent();
            var text = dateColumn < row.Count ? row[dateColumn] : "";
            if (monthColumn >= 0 && monthColumn < row.Count && row[monthColumn].Length > 0) month = row[monthColumn];
            yield return monthColumn >= 0 && text.Length > 0 && month.Length > 0 ? $"{text} {month}" : text;
        }
    }

    /// <summary>
    /// The column of each row's own hours, whatever its header ("Orario", "Time", none): the one whose cells read as time
    /// ranges, two at least and most of those filled in. -1 when there is none.
    /// </summary>
    private static int HoursColumn(List<List<string>> rows, int dateColumn)
    {
        var width = rows.Select(row => row.Count).DefaultIfEmpty(0).Max();
        var best = Enumerable.Range(0, width).Where(index => index != dateColumn)
            .Select(index => (Index: index, Filled: rows.Count(row => index < row.Count && row[index].Length > 0),
                Ranges: rows.Take(400).Count(row => index < row.Count && ClassTimesReader.ReadExplicitRange(row[index]) is not null)))
            .Where(column => column.Ranges >= 2 && column.Ranges * 2 >= column.Filled)
            .OrderByDescending(column => column.Ranges).FirstOrDefault((Index: -1, Filled: 0, Ranges: 0));
        return best.Index;
    }
}
