using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;

namespace CourseFunctions.Core.Import;

/// <summary>Reads a Markdown schedule table: a date column, and topic and materials columns when present.</summary>
internal static partial class ScheduleTableReader
{
    [GeneratedRegex(@"\b(?:date|day|when|jour|fecha|datum|data)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"\b(?:topics?|lectures?|subjects?|contents?|titles?|themes?|sujets?|temas?|contenus?|what)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicHeader();

    [GeneratedRegex(@"\b(?:materials?|slides?|resources?|links?|handouts?|supports?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MaterialsHeader();

    public static bool IsSchedule(Table table) => HeaderCells(table).Any(header => DateHeader().IsMatch(header));

    public static IEnumerable<(Session Session, int Line)> Read(
        Table table, ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        var headers = HeaderCells(table);
        var dateColumn = headers.FindIndex(header => DateHeader().IsMatch(header));
        var topicColumn = headers.FindIndex(header => TopicHeader().IsMatch(header));
        var materialsColumn = headers.FindIndex(header => MaterialsHeader().IsMatch(header));

        foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(InlineText.Of).ToList();
            if (cells.All(cell => cell.Text.Length == 0)) continue;
            var line = row.Line + 1;
            var dateText = Cell(cells, dateColumn).Text.Replace('\n', ' ');
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
            yield return (sessions.Create(date, topic.Lines(), topic.HasStrikethrough || Cell(cells, dateColumn).HasStrikethrough, false, materials, line), line);
        }
    }

    private static InlineText Cell(List<InlineText> cells, int column) =>
        column >= 0 && column < cells.Count ? cells[column] : InlineText.Empty;

    private static List<string> HeaderCells(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader)?.OfType<TableCell>().Select(cell => InlineText.Of(cell).Text).ToList() ?? [];
}
