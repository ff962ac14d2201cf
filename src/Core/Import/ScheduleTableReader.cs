using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;

namespace CourseFunctions.Core.Import;

/// <summary>Reads a Markdown schedule table: a date column, and topic and materials columns when present.</summary>
internal static partial class ScheduleTableReader
{
    // Headers are matched without accents, in English, French, Spanish, Portuguese, German and Italian.
    [GeneratedRegex(@"\b(?:dates?|day|when|jour|fecha|dia|datum|tag|data|giorno)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"\b(?:topics?|lectures?|subjects?|contents?|titles?|themes?|sujets?|contenus?|cours|seances?|temas?|contenidos?|clases?|conteudos?|assuntos?|aulas?|thema|themen|inhalte?|vorlesung|argoment[oi]|contenut[oi]|lezioni?|what)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex TopicHeader();

    [GeneratedRegex(@"\b(?:materials?|slides?|resources?|links?|handouts?|supports?|readings?|documents?|diapositives|materiales|diapositivas|lecturas|materiais|leituras|materialien|folien|unterlagen|materiali|letture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MaterialsHeader();

    [GeneratedRegex(@"\b(?:notes?|remarques?|notas?|bemerkungen|hinweise|osservazioni)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeader();

    // NonBacktracking: with backtracking, a cell of "{%" with no closing tag costs time quadratic in its length.
    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}", RegexOptions.NonBacktracking)]
    private static partial Regex LiquidTag();

    public static bool IsSchedule(Table table) => HeaderCells(table).Any(header => DateHeader().IsMatch(header));

    /// <summary>The text of the date column's cells, for judging the date order before reading the rows.</summary>
    public static IEnumerable<string> DateTexts(Table table)
    {
        var dateColumn = HeaderCells(table).FindIndex(header => DateHeader().IsMatch(header));
        return table.OfType<TableRow>().Where(row => !row.IsHeader)
            .Select(row => row.OfType<TableCell>().ElementAtOrDefault(dateColumn))
            .Select(cell => cell is null ? "" : Clean(InlineText.Of(cell).Text.Replace('\n', ' ')));
    }

    /// <summary>How many date cells the reader can read: the schedule is the table with the most.</summary>
    public static int ReadableDates(Table table, int? year) =>
        DateTexts(table).Count(text => new ScheduleDateReader(year ?? 2000).Read(text) is not null);

    public static IEnumerable<(Session Session, int Line)> Read(
        Table table, ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        var headers = HeaderCells(table);
        var dateColumn = headers.FindIndex(header => DateHeader().IsMatch(header));
        var topicColumn = headers.FindIndex(header => TopicHeader().IsMatch(header));
        var materialsColumn = headers.FindIndex(header => MaterialsHeader().IsMatch(header));
        var notesColumn = headers.FindIndex(header => NotesHeader().IsMatch(header));

        foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(InlineText.Of).ToList();
            if (cells.All(cell => cell.Text.Length == 0)) continue;
            var line = row.Line + 1;
            var dateText = Clean(Cell(cells, dateColumn).Text.Replace('\n', ' '));
            if (dates.Read(dateText) is not { } date)
            {
                warnings.AtLine(line, dates.YearInUse is null && dateText.Length > 0
                    ? $"\"{dateText}\" has no year and the page gives none; the row was skipped."
                    : $"\"{dateText}\" is not a date; the row was skipped.");
                continue;
            }
            var topic = Cell(cells, topicColumn);
            var materials = Cell(cells, materialsColumn).Links
                .Where(link => !string.IsNullOrWhiteSpace(link.Url))
                .Select(link => new MaterialLink(InlineText.Of(link).Text is { Length: > 0 } text ? text : "Link", link.Url!))
                .ToList();
            var topics = topic.Lines().Select(Clean).Where(text => text.Length > 0);
            var session = sessions.Create(date, topics, topic.HasStrikethrough || Cell(cells, dateColumn).HasStrikethrough, false, materials, line);
            var note = Clean(Cell(cells, notesColumn).Text.Replace('\n', ' '));
            yield return (note.Length > 0 ? session with { Note = session.Note is null ? note : $"{session.Note}; {note}" } : session, line);
        }
    }

    /// <summary>Liquid tags are the site generator's, not course text.</summary>
    private static string Clean(string text) => LiquidTag().Replace(text, "").Replace('\u00a0', ' ').Trim();

    private static InlineText Cell(List<InlineText> cells, int column) =>
        column >= 0 && column < cells.Count ? cells[column] : InlineText.Empty;

    /// <summary>The header row's cells, without accents, for matching header words in any of the languages.</summary>
    internal static List<string> HeaderCells(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader)?.OfType<TableCell>().Select(cell => Slides.SearchText.Fold(InlineText.Of(cell).Text)).ToList() ?? [];
}
