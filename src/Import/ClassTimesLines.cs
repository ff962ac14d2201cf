using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// The lines of a page that may state its class times, wherever they stand: headings ("### Utorok 18:30-20:00"), lines of
/// paragraphs and list items ("- Uhrzeit: 8:15-9:45 Uhr", "Poniedziałki, 14:15 - 16:00, sala 328", "每週五下午1:10至3:00"),
/// the cells of a table's header row ("Mercredi 10h") and of a one-row table of course facts (Horário | Quartas, 14h-17h).
/// Lines under an office-hours heading, or about office hours or deadlines, are other meetings; rows of a table body and
/// lines that hold a date are the schedule, not the weekly pattern.
/// </summary>
internal sealed partial class ClassTimesLines
{
    /// <summary>A page's statement of its hours is near its top; past this many lines it is a schedule or a long text.</summary>
    private const int MaxLines = 2_000;

    private const int MaxLineLength = 300;

    private sealed record Line(string Text, int Number, bool AboutOtherMeetings);

    private readonly List<Line> _lines = [];
    private CancellationToken _cancellation;
    private readonly List<Line> _headerCells = [];
    private readonly List<(string Label, string Value, int Number)> _factCells = [];

    /// <summary>Words of meetings that are not the class: office hours, consultations, deadlines.</summary>
    private static readonly Regex OtherMeetingsPattern = new(
        @"office\s*hours?|sprechstunde|permanences?|horario\s+de\s+atencion|atendimento|ricevimento|consultations?|konzultac|konsultac"
        + @"|\bdue\b|deadlines?|abgabe|答問|答疑|辦公時間|办公时间|助教|オフィスアワー",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static ClassTimesLines Of(MarkdownDocument document, CancellationToken cancellationToken)
    {
        var lines = new ClassTimesLines { _cancellation = cancellationToken };
        var heading = "";
        var seen = 0;
        foreach (var block in document.Descendants())
        {
            if (++seen > MaxLines) break;
            if (seen % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case HeadingBlock headingBlock:
                    heading = InlineText.Of(headingBlock).Text;
                    lines.Add(lines._lines, heading, headingBlock.Line + 1, heading);
                    break;
                case ParagraphBlock paragraph when !InTable(paragraph):
                    foreach (var text in InlineText.Of(paragraph).Lines().Take(50)) lines.Add(lines._lines, text, paragraph.Line + 1, heading);
                    break;
                case Table table:
                    lines.AddTable(table, heading);
                    break;
            }
        }
        return lines;
    }

    /// <summary>The lines, the import's budget checked every few dozen: each is read by regexes.</summary>
    private IEnumerable<Line> Checked(IEnumerable<Line> lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            if (++count % 64 == 0) _cancellation.ThrowIfCancellationRequested();
            yield return line;
        }
    }

    private void Add(List<Line> list, string text, int number, string heading)
    {
        if (text.Length is 0 or > MaxLineLength) return;
        var other = OtherMeetingsPattern.IsMatch(text) || OtherMeetingsPattern.IsMatch(Core.Slides.SearchText.Fold(heading));
        list.Add(new Line(text, number, other));
    }

    private void AddTable(Table table, string heading)
    {
        var rows = table.OfType<TableRow>().Take(400).Select(row => (row.IsHeader, Line: row.Line + 1,
            Cells: row.OfType<TableCell>().Select(cell => InlineText.Of(cell).Text.Replace('\n', ' ').Trim()).ToList())).ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        if (header.Cells is { } headerCells)
            foreach (var cell in headerCells) Add(_headerCells, cell, header.Line, heading);
        // A table of course facts: a header of labels over one row of values, or rows of a label and its value.
        var body = rows.Where(row => !row.IsHeader).ToList();
        if (header.Cells is { } labels && body.Count is 1)
            for (var index = 0; index < labels.Count && index < body[0].Cells.Count; index++)
                _factCells.Add((labels[index], body[0].Cells[index], body[0].Line));
        foreach (var row in rows.Where(row => row.Cells.Count == 2).Take(30))
            _factCells.Add((row.Cells[0], row.Cells[1], row.Line));
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Table) return true;
        return false;
    }

    /// <summary>
    /// A line labelled as the class times or the lecture ("Uhrzeit: 8:15-9:45 Uhr", "Lectures: Mon &amp; Wed 9–10:30, Room 12",
    /// a "Horário" column of a table of facts) that gives hours, with or without days.
    /// </summary>
    public (string, ClassTimesReader.Reading, string)? Labelled()
    {
        foreach (var line in Checked(_lines).Where(line => !line.AboutOtherMeetings))
        {
            var colon = line.Text.IndexOfAny([':', '：']);
            if (colon is <= 0 or > 40 || !IsClassTimesLabel(line.Text[..colon])) continue;
            var value = line.Text[(colon + 1)..].Trim();
            if (ClassTimesReader.Read(value) is { HasTimes: true } reading)
                return (value, reading, $"the line \"{line.Text[..colon].Trim()}\", line {line.Number}");
        }
        foreach (var (label, value, number) in _factCells.Take(200))
            if (IsClassTimesLabel(label) && !OtherMeetingsPattern.IsMatch(label) && ClassTimesReader.Read(value) is { HasTimes: true } reading)
                return (value, reading, $"the table's \"{label.Trim()}\", line {number}");
        return null;
    }

    private static bool IsClassTimesLabel(string label)
    {
        if (label.Length > 40) return false;
        var folded = Core.Slides.SearchText.Fold(label.Trim().Trim('*', '_', ' '));
        return Vocabulary.InfoLabels.TryGetValue(folded, out var field) && field == Vocabulary.InfoField.ClassTimes
            || Vocabulary.LectureLabels.Contains(folded);
    }

    /// <summary>
    /// Lines with no label that name weekdays and their hours ("Poniedziałki, 14:15 - 16:00, sala 328" above the lectures,
    /// "Piątki, 16:15 - 18:00" above the labs): every such line's days, the first line's hours for a day named twice.
    /// Starts alone do not count here: "Friday 5pm" is as often a deadline as a class.
    /// </summary>
    public (string, ClassTimesReader.Reading, string)? Overview()
    {
        var found = Checked(_lines).Where(line => !line.AboutOtherMeetings && ClassTimesReader.NamesAWeekdayPlainly(line.Text) && !HoldsADate(line.Text))
            .Select(line => (line, Reading: ClassTimesReader.Read(line.Text)))
            .Where(pair => pair.Reading.ClassTimes.Count > 0).Take(10).ToList();
        if (found.Count == 0) return null;
        var reading = found.Skip(1).Aggregate(found[0].Reading, (all, next) => all.With(next.Reading));
        reading = reading with { Problems = [] };
        var numbers = string.Join(", ", found.Select(pair => pair.line.Number).Distinct());
        return (string.Join("; ", found.Select(pair => pair.line.Text)), reading, $"{(found.Count == 1 ? "the line" : "the lines")} {numbers} of the page");
    }

    /// <summary>The weekday headers of a table that carry hours ("Tuesday 10:00–12:00", "Mercredi 10h"), all of them.</summary>
    public (string, ClassTimesReader.Reading, string)? WeekdayHeaders()
    {
        var found = Checked(_headerCells).Where(cell => !cell.AboutOtherMeetings)
            .Select(cell => (cell, Reading: ClassTimesReader.Read(cell.Text)))
            .Where(pair => pair.Reading.ClassTimes.Count > 0 || pair.Reading.Starts.Count > 0).Take(14).ToList();
        if (found.Count == 0) return null;
        var reading = found.Skip(1).Aggregate(found[0].Reading, (all, next) => all.With(next.Reading)) with { Problems = [] };
        return (string.Join("; ", found.Select(pair => pair.cell.Text)), reading, $"a table's weekday headers, line {found[0].cell.Number}");
    }

    /// <summary>
    /// A sentence saying when the class starts, with no day and no end ("Exercise days start at 9:00 in the morning", "Die
    /// Vorlesung beginnt um 10:15 Uhr", "Le cours commence à 8h30"): every class day's start, when nothing else gives hours.
    /// Not an exam's start, nor one day's ("On Jan 10 we start at 9:00").
    /// </summary>
    public (string, ClassTimesReader.Reading, string)? StartSentence()
    {
        foreach (var line in Checked(_lines).Where(line => !line.AboutOtherMeetings))
            if (StartsAtPattern.Match(line.Text) is { Success: true } match && !ExamWord.IsMatch(Core.Slides.SearchText.Fold(line.Text))
                && ClassTimesReader.ReadOwnHours(match.Groups["time"].Value) is (var start, null) && !HoldsADate(line.Text))
                return (line.Text, new ClassTimesReader.Reading([], null, []) { DaylessStart = start }, $"the line {line.Number} of the page");
        return null;
    }

    private static readonly Regex StartsAtPattern = new(
        @"\b(?:starts?|begins?|beginnt|beginnen|commencen?t?|comienzan?|empiezan?|inizian?o?|começam?)\s+(?:at|um|à|a\s+las?|alle|às)\s+"
        + @"(?<time>[0-9]{1,2}(?:[:.h][0-9]{2})?\s?(?:[ap]\.?m\.?|h\b|uhr\b)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ExamWord = Vocabulary.AnyWord(Vocabulary.ExamWords);

    /// <summary>Whether a line holds a date: then it is a schedule's row or an event, not the weekly pattern.</summary>
    public static bool HoldsADate(string text) => IsoDate().IsMatch(text)
        || new ScheduleDateReader(ScheduleDateReader.AnyLeapYear, NumericDateOrder.MonthFirst).Find(text) is not null
        || new ScheduleDateReader(ScheduleDateReader.AnyLeapYear, NumericDateOrder.DayFirst).Find(text) is not null;

    [GeneratedRegex(@"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();
}
