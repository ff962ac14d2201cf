using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;

namespace CourseFunctions.Import;

/// <summary>
/// Tables with a column of dates per kind of meeting: "Fecha | Teórica | Fecha | Práctica" (fisop/website
/// docs/calendario.md), or "Week | Lecture | Workshop" with a date in each meeting's cell (JamieMair/mpags-high-performance-computing
/// timetable.md). Each date column, with the undated columns after it, is a meeting of its own, read into sessions of its own.
/// So is a table wrapped into side-by-side blocks under a repeated header ("No | Date | No | Date"), read block after block.
/// Not columns of dates per group ("Groupe 01 | Groupe 02": the same meeting for other students, <see cref="GroupColumns"/>),
/// nor deadline columns beside the schedule ("Date | Topic | Due date").
/// </summary>
internal static class ActivityDateColumns
{
    // Folded. Headers that name a kind of meeting; "section" is left out: "Section A | Section B" are groups.
    private static readonly Regex MeetingHeader = Vocabulary.AnyWord([.. Vocabulary.LabWords, "lectures?", "lessons?", "class(?:es)?", "workshops?",
        "seminars?", "recitations?", "discussions?", "labs", "laboratori(?:o|os|es)?", "practicals?", "practicas?", "praticas?", "teoricas?",
        "teoria", "theory", "tutorials?", "exercises?", "ubungen", "vorlesung(?:en)?", "cours", "clases?", "aulas?", "lezioni?", "seances?"]);

    // Folded. Columns of student groups, whose dates are the same meeting's.
    private static readonly Regex GroupHeader = Vocabulary.AnyWord(["groups?", "groupes?", "grupos?", "gruppen?", "gruppo", "gruppi", "turmas?",
        "turnos?", "paralelos?", "sections?", "seccion(?:es)?", "cohorts?"]);

    // Folded. Dates that are no meetings: releases and deadlines, besides what NotMeetingTables knows.
    private static readonly Regex ItemHeader = Vocabulary.AnyWord(["due", "deadlines?", "releases?", "released", "out", "assigned", "published",
        "posted", "entregas?", "abgaben?", "prazos?", "scadenze", "echeances?"]);

    /// <summary>
    /// The table's date columns, each with the span of columns that is its meeting's, when it has a column of dates
    /// per kind of meeting besides <paramref name="chosen"/>; else <paramref name="chosen"/> alone, as it was.
    /// </summary>
    public static List<ScheduleTableReader.DateColumn> Split(Table table, ScheduleTableReader.DateColumn chosen, int year)
    {
        if (chosen.MonthColumn >= 0) return [chosen];
        var columns = ScheduleTableReader.Columns(table, year);
        if (Wrapped(table, chosen, columns) is { Count: >= 2 } blocks) return blocks;
        var dated = columns.Where(column => column.Index == chosen.Index || IsAnotherMeeting(column, chosen, columns))
            .OrderBy(column => column.Index).ToList();
        if (dated.Count < 2) return [chosen];
        var shared = dated[0].Index;
        return dated.Select((column, i) => (column.Index == chosen.Index ? chosen : column)
            with { Activity = new(shared, column.Index, i + 1 < dated.Count ? dated[i + 1].Index : int.MaxValue) }).ToList();
    }

    /// <summary>
    /// A table wrapped into side-by-side blocks with the same header ("回数 | 講義日 |  | 回数 | 講義日", as
    /// YokoyamaLab/PythonBasics README.md): the date column of each block, the blocks in order; none when the header
    /// does not repeat.
    /// </summary>
    private static List<ScheduleTableReader.DateColumn> Wrapped(Table table, ScheduleTableReader.DateColumn chosen,
        List<ScheduleTableReader.DateColumn> columns)
    {
        var headers = ScheduleTableReader.HeaderCells(table).Select(header => header.Trim()).ToList();
        for (var period = 2; period * 2 <= headers.Count; period++)
        {
            var width = period;
            var repeats = Enumerable.Range(0, headers.Count - width).All(i => headers[i] == headers[i + width]);
            if (!repeats || headers.Take(width).All(header => header.Length == 0)) continue;
            var offset = chosen.Index % width;
            var blocks = columns.Where(column => column.Index % width == offset && column.Dates >= 1).OrderBy(column => column.Index)
                .Select(column => (column.Index == chosen.Index ? chosen : column)
                    with { Activity = new(0, column.Index - offset, column.Index - offset + width, Continues: true) }).ToList();
            return blocks;
        }
        return [];
    }

    private static bool IsAnotherMeeting(ScheduleTableReader.DateColumn column, ScheduleTableReader.DateColumn chosen,
        List<ScheduleTableReader.DateColumn> columns)
    {
        if (column.Index == chosen.Index || column.Dates < 2 || column.Dates * 2 < chosen.Dates) return false;
        var next = columns.FirstOrDefault(other => other.Index == column.Index + 1);
        if (NamesItems(column.Header) || (next is { Dates: < 2 } && NamesItems(next.Header))) return false;
        if (GroupHeader.IsMatch(column.Header) || GroupHeader.IsMatch(chosen.Header)) return false;
        var (low, high) = (Math.Min(column.Index, chosen.Index), Math.Max(column.Index, chosen.Index));
        // "Fecha | Teórica | Fecha | Práctica": the date header again, after the first meeting's own columns.
        var dateAgain = column.Named && chosen.Named && columns.Any(other => other.Index > low && other.Index < high && other.Dates < 2);
        // "Lecture | Workshop": two kinds of meeting, not one kind numbered ("Lab 1 | Lab 2").
        var twoKinds = MeetingHeader.IsMatch(column.Header) && MeetingHeader.IsMatch(chosen.Header) && Kind(column.Header) != Kind(chosen.Header);
        return dateAgain || twoKinds;
    }

    private static bool NamesItems(string header) => ItemHeader.IsMatch(header) || NotMeetingTables.NamesItems(header);

    /// <summary>A header without its numbers and what it puts in brackets: "Lab 1 (Tue)" and "Lab 2 (Thu)" are one kind.</summary>
    private static string Kind(string header)
    {
        var open = header.IndexOf('(');
        var text = open >= 0 ? header[..open] : header;
        return new string(text.Where(c => char.IsLetter(c) || c == ' ').ToArray()).Trim();
    }
}
