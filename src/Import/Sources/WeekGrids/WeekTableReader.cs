using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Reads week-based schedules, which have a Week column and no date column: either a column per weekday
/// ("Week | Tuesday | Thursday"), or a row per week with its topics. Dates come from a date in the week
/// cell ("Week 2 (Sep 9)"), else from the term's first day and the week number, which is reported.
/// </summary>
internal static partial class WeekTableReader
{
    private static readonly Regex WeekHeaderPattern = Vocabulary.AnyWord(Vocabulary.WeekHeaders);
    internal static Regex WeekHeader() => WeekHeaderPattern;

    [GeneratedRegex(@"[0-9]+", RegexOptions.NonBacktracking)]
    private static partial Regex Number();

    private static readonly Regex DeadlineLabel = Vocabulary.AnyWord(Vocabulary.DeadlineLabels);

    /// <summary>
    /// A Week column and no date column, or a column per weekday whatever the first column is ("Dates | Tuesday |
    /// Thursday" with "Jan 23, Jan 25": the week's first date places the row's week).
    /// </summary>
    public static bool IsWeekSchedule(Table table)
    {
        var headers = ScheduleTableReader.HeaderCells(table);
        // A "Semana" column beside a column of dates ("11/03 al 16/03") is a dated schedule, whatever the headers say.
        return (headers.Any(h => WeekHeader().IsMatch(h)) && !ScheduleTableReader.HasDateHeader(table)
                && ScheduleTableReader.FindDateColumn(table, ScheduleDateReader.AnyLeapYear) is not { Dates: >= 2 })
            || WeekdayColumns(headers).Count >= 2 || WeekdayRow(table).Count >= 2;
    }


    /// <summary>
    /// Columns headed by a weekday ("Tuesday", "Thu"), alone or with the activity held that day ("Monday Lecture", "Lab on
    /// Friday"); not a date column that names its weekday ("Date (Mon)").
    /// </summary>
    public static List<(DayOfWeek? Day, int Index)> WeekdayColumns(List<string> headers) =>
        headers.Select((h, i) => (Day: ClassTimesReader.ToDay(h.Trim().TrimEnd('s')) ?? DayWithActivity(h), Index: i)).Where(c => c.Day is not null).ToList();

    private static DayOfWeek? DayWithActivity(string header)
    {
        if (ScheduleTableReader.DateHeaderIndex([header]) == 0) return null;
        var words = header.Split([' ', '\n', '(', ')', '/', ','], StringSplitOptions.RemoveEmptyEntries);
        var days = words.Select(word => word.Length > 1 ? ClassTimesReader.ToDay(word) : null).Where(day => day is not null).Distinct().ToList();
        return days.Count == 1 && words.All(word => (word.Length > 1 && ClassTimesReader.ToDay(word) is not null) || Vocabulary.ActivityWords.Contains(word))
            ? days[0] : null;
    }

    /// <summary>
    /// A first body row that names each column's weekday under headers that do not ("Week | Start Date | Lecture |
    /// Lab" then "| | | **Monday** | **Thursday** |"); empty when the first row is not one.
    /// </summary>
    private static List<(DayOfWeek? Day, int Index)> WeekdayRow(Table table)
    {
        if (table.OfType<TableRow>().FirstOrDefault(row => !row.IsHeader) is not { } first) return [];
        var cells = first.OfType<TableCell>().Select(cell => Core.Slides.SearchText.Fold(InlineText.Of(cell).Text).Trim()).ToList();
        // Only names ("Monday", "Mon"), and a row without numbers: "1 | 19/02 | segunda | T" is a session, not a key.
        if (cells.Any(cell => cell.Any(char.IsAsciiDigit))) return [];
        return WeekdayColumns(cells.Select(cell => cell.Length >= 3 ? cell : "").ToList());
    }

    /// <summary>
    /// The table's rows as sessions. <paramref name="caption"/> is the line just above the table, which may date a table
    /// that is one week ("Week 2.1 (September 2th)" as a dropdown's title) when its rows do not.
    /// </summary>
    public static IEnumerable<(Session Session, int Line)> Read(Table table, DateOnly? termStart, ScheduleDateReader dates,
        IReadOnlyList<ClassTime> classTimes, SessionFactory sessions, WarningLog warnings, string? caption = null)
    {
        var noDerivation = false;
        var captionWeek = caption is null ? null : WeekStart(caption, WrittenDate(caption, dates), null, ref noDerivation);
        var headers = ScheduleTableReader.HeaderCells(table);
        var dayColumns = WeekdayColumns(headers);
        var namedByRow = dayColumns.Count == 0 ? WeekdayRow(table) : [];
        var dayRow = namedByRow.Count >= 2;
        if (dayRow) dayColumns = namedByRow;
        // The week is placed by a date column ("Start Date") if there is one, else by the Week column, else the first.
        var weekColumn = ScheduleTableReader.DateHeaderIndex(headers) is >= 0 and var dateColumn && dayColumns.All(c => c.Index != dateColumn)
            ? dateColumn : headers.FindIndex(h => WeekHeader().IsMatch(h));
        if (weekColumn < 0) weekColumn = dayColumns.Count > 0 && dayColumns[0].Index > 0 ? 0 : -1;
        var topicColumn = headers.FindIndex(h => ScheduleTableReader.TopicHeader().IsMatch(h));
        var derivedFromStart = false;
        var deadlinesSaid = false;

        foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader).Skip(dayRow ? 1 : 0))
        {
            ImportBudget.ThrowIfSpent();
            var cells = row.OfType<TableCell>().Select(InlineText.Of).ToList();
            if (cells.All(cell => cell.Text.Length == 0)) continue;
            var line = row.Line + 1;
            var weekText = weekColumn >= 0 && weekColumn < cells.Count ? cells[weekColumn].Text.Replace('\n', ' ') : "";
            var written = WrittenDate(weekText, dates);
            var weekStart = WeekStart(weekText, written, termStart, ref derivedFromStart) ?? captionWeek;
            // "Homework deadlines" beside "Class activities": a row of deadlines holds no sessions.
            if (dayColumns.Count > 0 && weekColumn >= 0 && weekColumn < cells.Count
                && DeadlineLabel.IsMatch(Core.Slides.SearchText.Fold(cells[weekColumn].Text)))
            {
                if (!deadlinesSaid)
                {
                    warnings.AtLine(line, $"\"{cells[weekColumn].Text.Replace('\n', ' ').Trim()}\" is a row of deadlines, not sessions; "
                        + "rows like it were left out.");
                }
                deadlinesSaid = true;
                continue;
            }
            // "| Week 1 | **10/01**<br>Intro | **10/03** |": a weekday cell that opens with its date needs no week start.
            var datedCells = dayColumns.Where(column => column.Index < cells.Count)
                .ToDictionary(column => column.Index, column => cells[column.Index].Lines().FirstOrDefault() is { } first ? dates.Read(first) : null);
            if (weekStart is null && !datedCells.Values.Any(date => date is not null))
            {
                var said = weekText.Length > 0 ? weekText : cells.First(cell => cell.Text.Length > 0).Text.Replace('\n', ' ');
                warnings.RowSkipped(line,
                    $"\"{said}\" gives no date, and the page has no term start ('start_date:' in the front matter); the row was skipped.");
                continue;
            }
            if (dayColumns.Count > 0)
            {
                foreach (var (day, index) in dayColumns)
                {
                    if (index >= cells.Count || cells[index].Text.Trim() is "" or "-" or "–" or "—") continue; // "-": no session that day
                    var date = datedCells[index] ?? (weekStart is { } monday ? OnDay(monday, day!.Value) : null);
                    if (date is null) continue;
                    var topics = cells[index].Lines().Skip(datedCells[index] is null ? 0 : 1);
                    yield return (sessions.Create(date.Value, topics, cells[index].HasStrikethrough, false, [], line), line);
                }
                continue;
            }
            if (weekStart is null) continue;
            // A row per week: one session per class day of that week, all with the row's topics.
            var topic = topicColumn >= 0 && topicColumn < cells.Count ? cells[topicColumn] : InlineText.Empty;
            // Without class times, the one session is on the date the week cell writes ("Week 1 (Sept 3-5)": the 3rd), else its Monday.
            var sessionDates = classTimes.Count > 0 ? classTimes.Select(c => OnDay(weekStart.Value, c.Day)).ToList()
                : [written ?? weekStart.Value];
            foreach (var sessionDate in sessionDates)
                yield return (sessions.Create(sessionDate, topic.Lines(), topic.HasStrikethrough, false, [], line), line);
        }
        if (derivedFromStart)
            warnings.AtLine(table.Line + 1, "Dates were derived from the term start and the week numbers; check them with --dry-run.");
    }

    /// <summary>The last line of the paragraph or heading just before a table, if that is what comes before it.</summary>
    public static string? Caption(Table table) =>
        table.Parent is { } parent && parent.IndexOf(table) is > 0 and var index
            && parent[index - 1] is LeafBlock { Inline: not null } leaf and (ParagraphBlock or HeadingBlock)
            ? InlineText.Of(leaf).Lines().LastOrDefault()
            : null;

    /// <summary>
    /// The dates that label the weeks of week grids (in the week column, or the caption above a grid that is one week),
    /// each with the weekday it should fall on, the grid's first day column's: evidence of the year when nothing else dates the page.
    /// </summary>
    public static IEnumerable<(string Date, DayOfWeek? Weekday)> DatedWeekLabels(IEnumerable<Table> weekTables) => weekTables.Take(50).SelectMany(table =>
    {
        var headers = ScheduleTableReader.HeaderCells(table);
        var dayColumns = WeekdayColumns(headers) is { Count: > 0 } named ? named : WeekdayRow(table);
        if (dayColumns.Count == 0 || dayColumns[0].Index == 0) return [];
        var labels = table.OfType<TableRow>().Where(row => !row.IsHeader).Take(400)
            .Select(row => row.OfType<TableCell>().FirstOrDefault() is { } cell ? InlineText.Of(cell).Text.Replace('\n', ' ') : "");
        return new[] { Caption(table) ?? "" }.Concat(labels).Select(WeekDateText).Where(text => text.Length > 0)
            .Select(text => (text, dayColumns[0].Day));
    });

    /// <summary>"Week 2 (Sep 9)", "Week 2.1 (September 2th)": the date after the week word and number.</summary>
    private static string WeekDateText(string weekText)
    {
        var withoutWeekWord = WeekHeader().Replace(weekText, "").Trim(' ', '(', ')', ':', '-', '–');
        return Regex.Replace(withoutWeekWord, @"^[0-9]+(?:\.[0-9]+)?\s*[(\-–:,]\s*", "").TrimEnd(')');
    }

    /// <summary>The Monday of the week: from the date the week cell writes, else week N counted from the term start.</summary>
    private static DateOnly? WeekStart(string weekText, DateOnly? written, DateOnly? termStart, ref bool derived)
    {
        if (written is { } date) return Monday(date);
        if (termStart is null || Number().Match(weekText) is not { Success: true } number) return null;
        derived = true;
        return Monday(termStart.Value).AddDays(7 * (int.Parse(number.Value) - 1));
    }

    /// <summary>The date a week cell writes: "Week 2 (Sep 9)", or the first of its days, "Week 1 (Sept 3-5)", "Sept 29–Oct 3".</summary>
    private static DateOnly? WrittenDate(string weekText, ScheduleDateReader dates)
    {
        var text = WeekDateText(weekText);
        return dates.Read(text) ?? (RangeDash().Match(text) is { Success: true } range ? dates.Read(text[..(range.Index + 1)]) : null);
    }

    [GeneratedRegex(@"[0-9]\s*[-–—]\s*\S", RegexOptions.NonBacktracking)]
    private static partial Regex RangeDash();

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly OnDay(DateOnly monday, DayOfWeek day) => monday.AddDays(((int)day + 6) % 7);
}
