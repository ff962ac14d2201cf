using System.Globalization;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Sibling day tables: a heading per week that carries a date ("### Onderwijsweek C2 (10-02-2025)"), and under it a
/// table whose rows are that week's days ("ma", "di", "wo"), as on HU-TI-DEV/TI-S2 programma/template_blokCD.md. The
/// tables are one schedule: each row is a session on its weekday of the heading's week.
/// </summary>
internal static partial class DayTableReader
{
    /// <summary>"10-02-2025": a dashed date with its year, which a heading writes and the date reader reads slashed.</summary>
    [GeneratedRegex(@"\b([0-3]?[0-9])-([01]?[0-9])-([12][0-9]{3})\b", RegexOptions.NonBacktracking)]
    private static partial Regex DashedDate();

    [GeneratedRegex(@"\b[0-3]?[0-9]/[01]?[0-9]/[12][0-9]{3}\b", RegexOptions.NonBacktracking)]
    private static partial Regex SlashedDate();

    /// <summary>The numeric date a heading writes ("03/02/2025"), else its whole text: what the day/month order is judged on.</summary>
    public static string DateText(Part part) => SlashedDate().Match(part.HeadingText) is { Success: true } date ? date.Value : part.HeadingText;

    /// <summary>A week's table and the heading above it that dates it (its text with dashed dates slashed).</summary>
    /// <param name="ShortNames">The two-letter day names its rows use ("ma", "di"), in the language they fit; null for known names.</param>
    public sealed record Part(Table Table, HeadingBlock Heading, string HeadingText, string[]? ShortNames);

    /// <summary>
    /// The day tables under dated headings, in page order: at least two, else none (one table is no series). Their
    /// short day names are judged over all of them together: "ma | do" alone could be Spanish (martes, domingo), but the
    /// page's other weeks' "di" and "wo" are Dutch only.
    /// </summary>
    public static List<Part> Find(MarkdownDocument document, int year, string? language)
    {
        var dates = new[] { new ScheduleDateReader(year), new ScheduleDateReader(year, NumericDateOrder.DayFirst) };
        var dated = document.Descendants<Table>().Take(200)
            .Select(table => (Table: table, Labels: Labels(table)))
            .Where(table => table.Labels.Count >= 1 && table.Labels.All(label => !label.Contains(' ', StringComparison.Ordinal) && label.Length <= 12))
            .Select(table => HeadingAbove(table.Table) is { } heading
                && DashedDate().Replace(InlineText.Of(heading).Text.Trim(), "$1/$2/$3") is var text && dates.Any(reader => reader.Find(text) is not null)
                ? (table.Table, table.Labels, Heading: heading, Text: text) : default)
            .Where(table => table.Heading is not null).ToList();
        if (dated.Count < 2) return [];
        var (fits, names) = ShortNames([.. dated.SelectMany(table => table.Labels).Distinct()], language);
        return fits ? [.. dated.Select(table => new Part(table.Table, table.Heading, table.Text, names))] : [];
    }

    /// <summary>The folded texts of the first column's filled cells.</summary>
    private static List<string> Labels(Table table)
    {
        ImportBudget.ThrowIfSpent();
        // Only the first column is wanted: its cells' text, without reading every cell of a wide table.
        var labels = new List<string>();
        foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader))
        {
            if (labels.Count % 64 == 0) ImportBudget.ThrowIfSpent();
            if (row.OfType<TableCell>().FirstOrDefault() is { } cell && Label(InlineText.Of(cell).Text) is { Length: > 0 } label) labels.Add(label);
        }
        return labels;
    }

    /// <summary>
    /// Whether every label is a weekday, and the short names they use: the page language's shortest CLDR forms when
    /// they fit every label, else the first language (with a file in Languages/) whose forms fit every label; null
    /// names when the calendar words know every label ("Tuesday", "mar.").
    /// </summary>
    private static (bool Fits, string[]? Names) ShortNames(IReadOnlyCollection<string> labels, string? language)
    {
        if (labels.Any(label => label.Contains(' ', StringComparison.Ordinal))) return (false, null);
        if (labels.All(label => ClassTimesReader.ToDay(label) is not null)) return (true, null);
        var fitting = new[] { language }.OfType<string>().Concat(Languages.All.Select(known => known.Code))
            .Select(ShortestDayNames).OfType<string[]>()
            .FirstOrDefault(names => labels.All(label => ClassTimesReader.ToDay(label) is not null || names.Contains(label)));
        return (fitting is not null, fitting);
    }

    public static IEnumerable<(Session Session, int Line)> Read(List<Part> parts, ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        var weeks = Mondays(parts, dates, warnings);
        foreach (var (part, monday) in parts.Zip(weeks))
        {
            if (monday is null) continue;
            var rows = part.Table.OfType<TableRow>().Where(row => !row.IsHeader).ToList();
            foreach (var (row, cells) in rows.Zip(ScheduleTableReader.BodyCells(part.Table)))
            {
                ImportBudget.ThrowIfSpent();
                if (cells.Count == 0 || Weekday(cells[0], part.ShortNames) is not { } day) continue;
                var date = monday.Value.AddDays(((int)day + 6) % 7);
                yield return (sessions.Create(date, cells.Skip(1).Where(cell => cell.Length > 0), struck: false, flaggedCancelled: false, [], row.Line + 1),
                    row.Line + 1);
            }
        }
    }

    /// <summary>
    /// Each part's Monday, from its heading's date. A heading whose year is one off the year most headings give, and
    /// whose date in that year falls between the weeks around it ("A2 (07-09-2025)" between 31-08-2026 and 14-09-2026), is a slip:
    /// it is read in their year, and said. Null for a heading whose date does not read.
    /// </summary>
    private static List<DateOnly?> Mondays(List<Part> parts, ScheduleDateReader dates, WarningLog warnings)
    {
        var written = parts.Select(part =>
        {
            if (dates.Find(part.HeadingText) is { } dated) return (DateOnly?)dated;
            warnings.RowSkipped(part.Heading.Line + 1, $"\"{WarningLog.Shown(part.HeadingText)}\" gives no date; its day table was skipped.");
            return null;
        }).ToList();
        // The year most headings give: only a heading of another year can be the slip.
        var usualYear = written.OfType<DateOnly>().GroupBy(date => date.Year).OrderByDescending(year => year.Count()).Select(year => year.Key).FirstOrDefault();
        for (var i = 0; i < written.Count; i++)
        {
            if (written[i] is not { } date || Math.Abs(date.Year - usualYear) != 1) continue;
            if (date is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(usualYear)) continue;
            var before = written.Take(i).LastOrDefault(other => other is not null);
            var after = written.Skip(i + 1).FirstOrDefault(other => other is not null);
            if (before is null && after is null) continue;
            var moved = new DateOnly(usualYear, date.Month, date.Day);
            if ((before is null || moved > before) && (after is null || moved < after))
            {
                warnings.AtLine(parts[i].Heading.Line + 1, $"\"{WarningLog.Shown(parts[i].HeadingText)}\" gives the year {date.Year} "
                    + $"among weeks of {usualYear}; it was read as {moved:yyyy-MM-dd}.");
                written[i] = moved;
            }
        }
        return [.. written.Select(date => date is { } known ? Monday(known) : (DateOnly?)null)];
    }

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The weekday a label names: a name or abbreviation the calendar words know ("Tuesday", "mar."), else one of the table's short names.</summary>
    private static DayOfWeek? Weekday(string cell, string[]? shortNames)
    {
        var label = Label(cell);
        if (label.Length == 0) return null;
        if (ClassTimesReader.ToDay(label) is { } day) return day;
        var index = shortNames is null ? -1 : Array.IndexOf(shortNames, label);
        return index >= 0 ? (DayOfWeek)index : null;
    }

    private static string Label(string cell) => Core.Slides.SearchText.Fold(cell).Trim().TrimEnd('.', ':', ',');

    private static string[]? ShortestDayNames(string language)
    {
        try
        {
            return [.. CultureInfo.GetCultureInfo(language).DateTimeFormat.ShortestDayNames.Select(Core.Slides.SearchText.Fold)];
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The last heading before the table in its container, if any.</summary>
    private static HeadingBlock? HeadingAbove(Table table)
    {
        if (table.Parent is not { } parent) return null;
        for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
            if (parent[i] is HeadingBlock heading) return heading;
        return null;
    }
}
