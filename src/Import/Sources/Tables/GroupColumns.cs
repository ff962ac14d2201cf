using Markdig.Extensions.Tables;

namespace CourseFunctions.Import;

/// <summary>
/// Pages whose schedule has a column of dates per group ("Groupe 01 (lundi 13h00) | Groupe 02 (mercredi 08h00)", as on
/// nathaliedesmangles/python): one course per group, each imported with its group's column (<see cref="ImportRequest.Group"/>).
/// </summary>
internal static class GroupColumns
{
    public static List<(Table Table, ScheduleTableReader.DateColumn Column)> Choose(
        List<(Table Table, ScheduleTableReader.DateColumn Column)> schedule, string? group, int year, WarningLog warnings)
    {
        if (schedule.Count == 0)
            return group is null ? schedule : throw new CoursePageException($"The page has no schedule table with a column for the group \"{group}\".");
        var first = schedule[0];
        var dated = DatedColumns(first.Table, year);
        if (group is null)
        {
            // Only when no column is headed as the date: "Date | Due" is a schedule with its deadlines, not two groups.
            // Nor "Lecture | Workshop": a date column per kind of meeting, each read (ActivityDateColumns).
            if (dated.Count >= 2 && !first.Column.Named && dated.Any(column => column.Index == first.Column.Index)
                && ActivityDateColumns.Split(first.Table, first.Column, year).Count < 2)
                warnings.AtMarkdownLine(first.Table.Line, $"The schedule has a column of dates per group ({string.Join(", ", dated.Select(Name))}); "
                    + $"the one headed \"{Name(first.Column)}\" was read. Import with --group (the API's ?group=) to read another group's.");
            return schedule;
        }
        var wanted = Core.Slides.SearchText.Fold(group.Trim());
        var chosen = schedule.Select(part =>
        {
            var columns = part.Table == first.Table ? dated : DatedColumns(part.Table, year);
            return (part.Table, Column: columns.FirstOrDefault(column => column.Header.Contains(wanted, StringComparison.Ordinal))
                ?? throw new CoursePageException($"No column of dates in the schedule is headed \"{group}\"; the columns of dates are: "
                    + $"{string.Join(", ", columns.Select(column => $"\"{Name(column)}\""))}."));
        }).ToList();
        warnings.AtMarkdownLine(first.Table.Line, $"The group \"{group}\": column {chosen[0].Column.Index + 1} (\"{Name(chosen[0].Column)}\") was read.");
        return chosen;
    }

    /// <summary>The table's columns that read as two dates or more.</summary>
    private static List<ScheduleTableReader.DateColumn> DatedColumns(Table table, int year) =>
        ScheduleTableReader.Columns(table, year).Where(column => column.Dates >= 2).ToList();

    private static string Name(ScheduleTableReader.DateColumn column) =>
        string.Join(' ', column.Header.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
