using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;

namespace CourseFunctions.Import;

/// <summary>
/// Reads a Markdown schedule table: a date column, and topic and materials columns when present (the columns are found in
/// ScheduleTableReader.Columns.cs).
/// </summary>
internal static partial class ScheduleTableReader
{
    // Headers are matched without accents, in English, French, Spanish, Portuguese, German and Italian.
    private static readonly Regex DateHeaderPattern = Vocabulary.AnyWord(Vocabulary.DateHeaders);
    private static Regex DateHeader() => DateHeaderPattern;

    private static readonly Regex TopicHeaderPattern = Vocabulary.AnyWord(Vocabulary.TopicHeaders);
    internal static Regex TopicHeader() => TopicHeaderPattern;

    private static readonly Regex MaterialsHeaderPattern = Vocabulary.AnyWord(Vocabulary.MaterialsHeaders);
    private static Regex MaterialsHeader() => MaterialsHeaderPattern;

    private static readonly Regex NotesHeaderPattern = Vocabulary.AnyWord(Vocabulary.NotesHeaders);
    private static Regex NotesHeader() => NotesHeaderPattern;

    // Columns of another activity than the lecture: labs, practicals, tutorials, recitations, TA sessions.
    private static readonly Regex OtherActivityHeader =
        Vocabulary.StartsWithWord([.. Vocabulary.LabWords, "practicals?", "recitations?", "sections?", "ta", "discussions?", "labs"]);

    // NonBacktracking: with backtracking, a cell of "{%" with no closing tag costs time quadratic in its length.
    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}", RegexOptions.NonBacktracking)]
    private static partial Regex LiquidTag();

    // A row's label that names a deadline and nothing else ("Pset 2 due", "Homework 3", "Final project"), as the rows of
    // cos485/cos485.github.io schedule.org among its "Lecture N" and "Exam N" rows. Folded; the cell is short.
    [GeneratedRegex(@"^(?:final\s+)?(?:psets?|problem\s+sets?|homeworks?|hw|assignments?|projects?|deadlines?)(?:\s*#?[0-9]+)?(?:\s+due)?$",
        RegexOptions.NonBacktracking)]
    private static partial Regex DeadlineRowLabel();

    public static bool HasDateHeader(Table table) => HeaderCells(table).Any(header => DateHeader().IsMatch(header));

    public static int DateHeaderIndex(List<string> headers) => headers.FindIndex(header => DateHeader().IsMatch(header));

    public static IEnumerable<(Session Session, int Line)> Read(
        Table table, DateColumn column, ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        var (dateColumn, monthColumn) = (column.Index, column.MonthColumn);
        var headers = HeaderCells(table);
        // A table with a column of dates per kind of meeting: only this meeting's columns (and the shared ones) are its.
        bool Own(int index) => column.Activity is not { } span || index < span.SharedBefore || (index >= span.Start && index < span.End);
        var labelColumn = column.Activity?.Start ?? 0;
        var topicColumn = TopicColumn(table, headers, dateColumn, Own, column.Activity?.End);
        var notesColumn = headers.FindIndex(header => NotesHeader().IsMatch(header));
        var labelIsWeek = headers.Count > 0 && WeekTableReader.WeekHeader().IsMatch(headers[0]); // "Week 1" labels a week, not a topic
        // Without a materials column, the links of the notes column are the materials ("Notes: [Slides](…); [Lists](…)").
        var materialsColumn = headers.FindIndex(header => MaterialsHeader().IsMatch(header)) is >= 0 and var named ? named : notesColumn;
        var bodyCells = BodyCells(table);
        var hoursColumn = HoursColumn(bodyCells, dateColumn);
        var activityColumns = Enumerable.Range(0, headers.Count)
            .Where(index => index != topicColumn && OtherActivityHeader.IsMatch(headers[index]))
            .ToHashSet();

        var bodyRows = table.OfType<TableRow>().Where(row => !row.IsHeader);
        foreach (var (row, dateText) in bodyRows.Zip(DateTexts(bodyCells, dateColumn, monthColumn)))
        {
            ImportBudget.ThrowIfSpent();
            var cells = row.OfType<TableCell>().Select(InlineText.Of).ToList();
            if (cells.All(cell => cell.Text.Length == 0)) continue;
            var line = row.Line + 1;
            // "Pset 2 due | Feb. 14": a row labelled as a deadline in a schedule of "Lecture N" rows is no meeting.
            if (dateColumn > labelColumn && topicColumn != labelColumn && Clean(Cell(cells, labelColumn).Text) is { Length: > 0 and < 40 } kind
                && DeadlineRowLabel().IsMatch(Core.Slides.SearchText.Fold(kind)))
            {
                warnings.AtLine(line, $"The row \"{RowText(cells)}\" is labelled as a deadline, not a class meeting; it was left out.");
                continue;
            }
            // "11/03–11/05": a session on each class day of the range; without class times, one on its first date.
            var range = dates.ReadRange(dateText);
            if ((range?.From ?? dates.Read(dateText)) is not { } date)
            {
                warnings.RowSkipped(line, dateText.Length == 0 ? $"The row \"{RowText(cells)}\" has no date; it was skipped."
                    : dates.YearInUse is null ? $"\"{dateText}\" has no year and the page gives none; the row was skipped."
                    : $"\"{dateText}\" is not a date; the row was skipped.");
                continue;
            }
            var topic = Cell(cells, topicColumn);
            // With no materials column, the links written in the date cell ("25 août<br>[Plan de cours](…)") are the materials.
            var materials = Cell(cells, materialsColumn >= 0 ? materialsColumn : dateColumn).Links
                .Where(link => !string.IsNullOrWhiteSpace(link.Url))
                .Select(link => new MaterialLink(InlineText.Of(link).Text is { Length: > 0 } text ? text : "Link", link.Url!))
                .ToList();
            // "<strong>Mo Apr 1</strong><br>Welcome": with no topic column of its own, the lines after the date are the
            // topics, after the row's label in the first column if it has one ("Cours 01" in a table of group columns).
            var rowLabel = topicColumn < 0 && dateColumn > labelColumn && monthColumn != labelColumn && !labelIsWeek
                && Clean(Cell(cells, labelColumn).Text) is { Length: > 0 } label && !label.All(char.IsAsciiDigit) ? label : null;
            var topicLines = topicColumn >= 0 ? topic.Lines()
                : new[] { rowLabel }.OfType<string>().Concat(Cell(cells, dateColumn).Lines().Skip(1));
            var topics = topicLines.Select(Clean).Where(text => text.Length > 0)
                .Where(text => topicColumn >= 0 || materials.All(material => material.Title != text)).ToList(); // a link line is a material
            // "No Class" may stand in another column than the topics (a Link or Lecture column): it still cancels the row,
            // unless that column is another activity's ("Practical Classes: No class" leaves the lecture on).
            if (cells.Where((cell, index) => index != topicColumn && index != dateColumn && !activityColumns.Contains(index) && Own(index))
                    .Select(cell => Clean(cell.Text)).FirstOrDefault(CancellationText.IsMarker) is { } marker)
                topics.Insert(0, marker);
            // "19/01, 20/01, 21/01": a topic taught over several sessions, one session per date.
            var others = range is var (from, to) ? ClassDaysIn(from, to, sessions.ClassDays) : OtherListedDates(dateText, date, dates);
            // A range's note may name the days of it that are off ("11/11 Veterans Day、11/25 Thanksgiving 停课").
            var rowText = string.Join(" ", cells.Where((_, index) => index != dateColumn).Select(cell => cell.Text.Replace('\n', ' ')));
            var offDays = range is var (first, last) && CancellationText.MentionsCancellation(rowText)
                ? dates.DatesMentioned(rowText, first, last).ToHashSet() : [];
            foreach (var other in others)
                yield return (sessions.Create(other, topics, topic.HasStrikethrough, offDays.Contains(other), materials, line), line);
            var session = sessions.Create(
                date, topics, topic.HasStrikethrough || Cell(cells, dateColumn).HasStrikethrough, offDays.Contains(date), materials, line);
            // "Jan 10, 14:00-16:00", or an hours column ("Orario: 15:15 - 17:15"): the row's own hours are that session's.
            if ((ClassTimesReader.ReadExplicitRange(dateText) ?? ClassTimesReader.ReadExplicitRange(Cell(cells, hoursColumn).Text)) is { } own)
                session = session with { Start = own.Start, End = own.End };
            var noteText = Cell(cells, notesColumn).Text.Replace('\n', ' ');
            if (materialsColumn == notesColumn) noteText = materials.Aggregate(noteText, (text, link) => text.Replace(link.Title, ""));
            var note = Clean(noteText).Trim('-', '–', '—', ' ', ';', ',');  // "—": nothing to note; what links leave is no note
            yield return (note.Length > 0 ? session with { Note = session.Note is null ? note : $"{session.Note}; {note}" } : session, line);
        }
    }

    /// <summary>The class days of a range after its first date.</summary>
    private static IEnumerable<DateOnly> ClassDaysIn(DateOnly from, DateOnly to, IEnumerable<DayOfWeek> classDays)
    {
        var days = classDays.ToHashSet();
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (days.Contains(day.DayOfWeek)) yield return day;
    }

    /// <summary>The dates after the first of a cell that lists two or more, each part a date; none otherwise.</summary>
    private static IEnumerable<DateOnly> OtherListedDates(string dateText, DateOnly first, ScheduleDateReader dates)
    {
        var parts = dateText.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Length > 60) return [];
        var listed = parts.Skip(1).Select(part => dates.Read(part)).ToList();
        if (listed.All(date => date is not null)) return listed.Select(date => date!.Value).Where(date => date != first);
        // "Feb 16, 19", "Aug 30, Sept 1": a bare day number is a day of the month before it.
        var all = dates.ReadAll(dateText);
        return all.Count > 1 && all[0] == first ? all.Skip(1).Where(date => date != first).ToList() : [];
    }

    /// <summary>
    /// The column of topics: headed by a topic word, not the date column, and not a column of lecture numbers
    /// ("Lecture | Date | Topic": "Lecture" holds 1, 2, 3).
    /// </summary>
    /// <param name="own">The columns that may be the topics (one kind of meeting's in a table with a date column per kind).</param>
    /// <param name="activityEnd">In such a table, where this meeting's columns end: with no topic header, its first column after the date.</param>
    private static int TopicColumn(Table table, List<string> headers, int dateColumn, Func<int, bool> own, int? activityEnd)
    {
        var candidates = Enumerable.Range(0, headers.Count).Where(i => i != dateColumn && own(i) && TopicHeader().IsMatch(headers[i])).ToList();
        // A table without a header (kramdown's, opening with its delimiter row), or one meeting's columns in a table with a
        // date column per meeting: the first column of text after the date.
        if (headers.All(header => header.Trim().Length == 0) || (activityEnd is { } end && candidates.Count == 0))
            candidates = Enumerable.Range(dateColumn + 1, Math.Max(0, Math.Min(headers.Count, activityEnd ?? int.MaxValue) - dateColumn - 1))
                .Where(i => activityEnd is null || headers[i].Trim().Length > 0).ToList(); // a wrapped table's empty separator is no topic
        bool Numbered(int column) => table.OfType<TableRow>().Where(row => !row.IsHeader)
            .Select(row => row.OfType<TableCell>().ElementAtOrDefault(column) is { } cell ? InlineText.Of(cell).Text.Trim() : "")
            .All(text => text.Length == 0 || text.All(c => char.IsAsciiDigit(c) || c is '-' or '–' or '.' or ' '));
        return candidates.FirstOrDefault(column => !Numbered(column), candidates.Count > 0 ? candidates[0] : -1);
    }

    /// <summary>A row's text for a warning ("Data collection and management").</summary>
    private static string RowText(List<InlineText> cells) =>
        WarningLog.Shown(string.Join(" | ", cells.Select(cell => Clean(cell.Text.Replace('\n', ' '))).Where(cell => cell.Length > 0)));

    /// <summary>Liquid tags are the site generator's, not course text.</summary>
    private static string Clean(string text) => LiquidTag().Replace(text, "").Replace('\u00a0', ' ').Trim();

    private static InlineText Cell(List<InlineText> cells, int column) =>
        column >= 0 && column < cells.Count ? cells[column] : InlineText.Empty;

    /// <summary>What tables that are parts of one schedule share: their header, without the empty cells a ragged row adds at its end.</summary>
    internal static string HeaderKey(Table table) => string.Join("|", HeaderCells(table)).TrimEnd('|');

    /// <summary>The header row's cells, without accents, for matching header words in any of the languages.</summary>
    internal static List<string> HeaderCells(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader)?.OfType<TableCell>()
            .Select(cell => Core.Slides.SearchText.Fold(InlineText.Of(cell).Text)).ToList() ?? [];
}
