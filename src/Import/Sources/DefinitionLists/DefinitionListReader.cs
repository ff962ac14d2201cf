using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.DefinitionLists;

namespace CourseFunctions.Import;

/// <summary>
/// Reads the schedules of Just the Class module pages: a definition list whose terms are dates and whose
/// definitions are the day's events, e.g. "Jan 8" then ": **Lecture**{: .label .label-purple } [Intro](slides.pdf)".
/// </summary>
internal static partial class DefinitionListReader
{
    /// <summary>kramdown attribute lists such as {: .label .label-purple } style the page; they are not text.</summary>
    [GeneratedRegex(@"\{:[^}]*\}", RegexOptions.NonBacktracking)]
    private static partial Regex AttributeList();

    public static bool IsSchedule(DefinitionList list, ScheduleDateReader dates) =>
        list.OfType<DefinitionItem>().Any(item => item.OfType<DefinitionTerm>().Any(term => dates.Read(InlineText.Of(term).Text) is not null));

    public static IEnumerable<(Session Session, int Line)> Read(DefinitionList list, ScheduleDateReader dates, SessionFactory sessions, WarningLog warnings)
    {
        // Each ": definition" is an item of its own; those without a term belong to the date before them. A definition
        // indented under one ("  : Reading list") holds its readings: their links are materials, their text no topic.
        var days = new List<(string Term, int Line, List<InlineText> Events, List<InlineText> Readings)>();
        var dayColumn = 0;
        foreach (var item in list.OfType<DefinitionItem>())
        {
            ImportBudget.ThrowIfSpent();
            var term = item.OfType<DefinitionTerm>().FirstOrDefault();
            var definitions = item.Where(block => block is not DefinitionTerm).ToList();
            var column = definitions.FirstOrDefault()?.Column ?? 0;
            if (term is not null)
            {
                days.Add((Clean(InlineText.Of(term).Text), term.Line + 1, [], []));
                dayColumn = column;
            }
            if (days.Count == 0) continue;
            (column > dayColumn ? days[^1].Readings : days[^1].Events).AddRange(definitions.Select(InlineText.Of));
        }
        foreach (var (termText, line, events, readings) in days)
        {
            ImportBudget.ThrowIfSpent();
            if (dates.Read(termText) is not { } date)
            {
                warnings.RowSkipped(line, $"\"{termText}\" is not a date; its events were skipped.");
                continue;
            }
            // ":-", an empty definition, is no topic.
            var topics = events.SelectMany(e => e.Lines()).Select(Clean).Where(text => text.Any(char.IsLetterOrDigit));
            var materials = events.Concat(readings).SelectMany(e => e.Links)
                .Where(link => !string.IsNullOrWhiteSpace(link.Url) && link.Url != "#")
                .Select(link => new MaterialLink(InlineText.Of(link).Text is { Length: > 0 } text ? text : "Link", link.Url!))
                .ToList();
            yield return (sessions.Create(date, topics, events.Any(e => e.HasStrikethrough), false, materials, line), line);
        }
    }

    private static string Clean(string text) => Whitespace().Replace(AttributeList().Replace(text, " "), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();
}
