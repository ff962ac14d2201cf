using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Tables that carry dates but list no class meetings: deadlines, homework and quiz dates, exam periods, office hours
/// (as on AngelitaRepetto/CSS-Class-Fall-2025's "Assignment Due Dates" and AndresCastanoZuluaga/73-103-fall-2026's
/// "Quick reference" tables). Known by the heading right above the table, unless it also names the schedule ("Lectures
/// and exams"), or by a header with no topic column whose first column names such items ("Quiz | Date", "HW | Out | Due").
/// A "Due" column beside the topics is a schedule's ("Date | Topic | Due"), not a deadline table.
/// </summary>
internal static class NotMeetingTables
{
    // Folded (lower case, no accents). Only the words of items that are not meetings: "Important dates" may be the schedule.
    private static readonly Regex ItemWords = Vocabulary.AnyWord([
        "deadlines?", "due dates?", "homeworks?", "hw", "assignments?", "problem sets?", "psets?", "quiz(?:zes)?", "exams?", "examinations?",
        "exam periods?", "office hours?", "consultation hours?", "entregas", "prazos?", "echeances?", "devoirs", "abgaben?", "abgabetermine",
        "hausaufgaben", "scadenze", "fechas? limite", "tareas", "examens?", "examenes", "pr[uü]fungen", "klausuren", "esami", "provas",
        "sprechstunden?", "permanences?", "ricevimento", "spreekuur", "tentamens?", "inleveringen"]);

    /// <summary>What the table lists instead of meetings, for its warning; null when it may be the schedule.</summary>
    public static string? Why(Table table)
    {
        if (HeadingAbove(table) is { } heading && Core.Slides.SearchText.Fold(heading) is var folded
            && SectionKinds.Of(heading) != SectionKind.Schedule && ItemWords.IsMatch(folded))
            return $"under the heading \"{WarningLog.Shown(heading)}\"";
        var headers = ScheduleTableReader.HeaderCells(table).Select(header => header.Trim().TrimEnd(':')).ToList();
        if (headers.Count == 0 || headers.Any(header => ScheduleTableReader.TopicHeader().IsMatch(header))) return null;
        return ItemWords.IsMatch(headers[0]) ? $"headed \"{WarningLog.Shown(string.Join(" | ", headers))}\"" : null;
    }

    /// <summary>Whether a (folded) header names items that are no meetings ("Homework", "Quiz", "Office hours").</summary>
    public static bool NamesItems(string header) => ItemWords.IsMatch(header);

    /// <summary>The text of the last heading before the table in its container, if any.</summary>
    private static string? HeadingAbove(Table table)
    {
        if (table.Parent is not { } parent) return null;
        var index = parent.IndexOf(table);
        for (var i = index - 1; i >= 0; i--)
            if (parent[i] is HeadingBlock heading)
                return InlineText.Of(heading).Text.Trim();
        return null;
    }
}
