using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Reads schedules written as lists, one item per session: "**Session 1**" then "date: 4 March 2025",
/// "time: 10:30-13:30", "topic:" with the topics as a nested list (a Quarto page's pseudo-YAML), or an item that
/// starts with its date ("Jan 10: Introduction"). A list is a schedule when at least two of its items read as dates;
/// the lists beside it that are mostly dated are its other parts.
/// </summary>
internal static partial class ListScheduleReader
{
    private sealed record Item(DateOnly Date, string DateText, List<string> Lines, ListItemBlock Block);

    /// <summary>
    /// The list with the most dated items, outside the course-information lists, and the lists beside it (same parent)
    /// that are mostly dated too: a schedule split by week ("**Week 1**", a list, "**Week 2**", a list) or by an HTML
    /// comment between items (which ends a Markdown list: a list per session), in page order. At least two dated items in
    /// all; empty when there are fewer.
    /// </summary>
    public static List<ListBlock> Find(MarkdownDocument document, ScheduleDateReader dates, IReadOnlyCollection<Block> excluded)
    {
        var candidates = document.Descendants<ListBlock>()
            .Where(list => !excluded.Contains(list) && list.Parent is not ListItemBlock).Take(2000)
            .Select(list => (List: list, Dated: Items(list, dates.Anew()).Count()))
            .Where(candidate => candidate.Dated >= 1)
            .ToList();
        if (candidates.Count == 0) return [];
        var best = candidates.MaxBy(candidate => candidate.Dated).List;
        var parts = candidates.Where(candidate => candidate.List == best
            || (candidate.List.Parent == best.Parent && candidate.Dated * 2 >= candidate.List.Count)).ToList();
        return parts.Sum(part => part.Dated) >= 2 ? parts.Select(part => part.List).OrderBy(list => list.Line).ToList() : [];
    }

    /// <summary>
    /// Each dated item's date and the weekday its first word names ("W 09/30: Lesson 01", "Th 10/01"), at most 400,
    /// for telling the year when the page gives none.
    /// </summary>
    public static IEnumerable<(string Date, DayOfWeek? Weekday)> WrittenWeekdays(MarkdownDocument document) => document.Descendants<ListBlock>().Take(2000)
        .SelectMany(list => Items(list, new ScheduleDateReader(ScheduleDateReader.AnyLeapYear))).Take(400)
        .Select(item => (item.DateText, ClassTimesReader.ToDay(Core.Slides.SearchText.Fold(item.DateText.Split(' ', 2)[0]).TrimEnd('.', ',', ':'))));

    /// <summary>The first date with its year in a list of sessions ("data: 4 marzo 2025", "- 2019-08-26 Introduction"), for the page's year.</summary>
    public static DateOnly? FirstFullDate(MarkdownDocument document) => document.Descendants<ListBlock>().Take(2000)
        .SelectMany(list => Items(list, new ScheduleDateReader(null))).Select(item => (DateOnly?)item.Date).FirstOrDefault();

    public static IEnumerable<(Session Session, int Line)> Read(ListBlock list, ScheduleDateReader dates, SessionFactory sessions)
    {
        foreach (var item in Items(list, dates))
        {
            // A nested item's first line is its topic: what follows it ("commenti: >") is the next field, not the topic.
            var topics = item.Block.OfType<ListBlock>().SelectMany(nested => nested.OfType<ListItemBlock>())
                .Select(topic => InlineText.Of(topic).Lines().FirstOrDefault()?.Trim().TrimEnd('\\').Trim() ?? "").Where(topic => topic.Length > 0).ToList();
            if (topics.Count == 0)
                topics = item.Lines.Where(line => !IsLabelled(line, Vocabulary.InfoField.ClassTimes))
                    .Select(line => line == item.DateText ? AfterDate(line, dates) // the item starts with its date
                        : line.Contains(item.DateText, StringComparison.Ordinal) ? "" : Value(line) ?? line)
                    .Where(line => line.Length > 0 && line != ">").ToList();
            // "2019-08-26 08:30-09:50 Introduction": hours right after the date are the session's.
            var leadingHours = topics.Count > 0 && LeadingRange().Match(topics[0]) is { Success: true } leading
                ? ClassTimesReader.ReadExplicitRange(leading.Value)
                : null;
            if (leadingHours is not null) topics[0] = topics[0][LeadingRange().Match(topics[0]).Length..].Trim();
            var session = sessions.Create(item.Date, topics, struck: false, flaggedCancelled: false, [], item.Block.Line + 1);
            var hours = leadingHours ?? item.Lines.Where(line => IsLabelled(line, Vocabulary.InfoField.ClassTimes))
                .Select(line => ClassTimesReader.ReadRange(Value(line) ?? "", [])).FirstOrDefault(range => range is not null);
            yield return (hours is null ? session : session with { Start = hours.Start, End = hours.End }, item.Block.Line + 1);
        }
    }

    [GeneratedRegex(@"^[0-9]{1,2}[:h][0-9]{2}\s*(?:[-–—]|to)\s*[0-9]{1,2}[:h][0-9]{2}(?:\s*[ap]\.?m\.?)?:?",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LeadingRange();

    /// <summary>A session's label and number opening an item, before a separator ("Clase 3 —", "Aula 01 -", "Lecture 4:").</summary>
    [GeneratedRegex(@"^\p{L}+\.?\s*#?[0-9]{1,3}\s*(?:[-–—|:(]|\s[-–—|]\s)", RegexOptions.NonBacktracking)]
    private static partial Regex NumberedLabel();

    /// <summary>Items with a date: on a "date:" line, at the start of the item, or after a numbered session's label.</summary>
    private static IEnumerable<Item> Items(ListBlock list, ScheduleDateReader dates)
    {
        foreach (var block in list.OfType<ListItemBlock>())
        {
            ImportBudget.ThrowIfSpent();
            var lines = InlineText.Of(block.FirstOrDefault()).Lines().Select(line => line.Trim().TrimEnd('\\').Trim()).Where(line => line.Length > 0).ToList();
            var dateLine = lines.FirstOrDefault(
                line => Value(line) is { } value && Vocabulary.DateLabels.Contains(Label(line)) && dates.Read(value) is not null);
            var dateText = dateLine is not null ? Value(dateLine)! : lines.FirstOrDefault() ?? "";
            // "Clase 3 — lunes 10 de agosto: …": a numbered session's label, then its date.
            // "0주차 (9월4일): …": a week's label, then its date in brackets.
            if ((dates.Read(dateText) ?? (dateLine is null && NumberedLabel().IsMatch(dateText) ? dates.Find(dateText) : null)
                ?? dates.ReadAfterLabel(dateText)) is { } date)
                yield return new Item(date, dateText, lines, block);
        }
    }

    /// <summary>What follows the date and its weekday at the start of a line ("2019-08-26 Mon 08:30 Introduction" → "08:30 Introduction").</summary>
    private static string AfterDate(string line, ScheduleDateReader dates)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "2024-04-23《机器学习》周二课程": the date glued to what follows it goes from its word.
        if (words.Length > 0 && ScheduleDateReader.GluedNumericDate(words[0]) is { } glued)
            return string.Join(' ', words.Skip(1).Prepend(words[0][glued.Length..]));
        // "M 10/12: Lesson 06": the fewest words that read as the date, without the colon that ends them.
        var taken = Enumerable.Range(1, Math.Min(4, words.Length))
            .FirstOrDefault(count => dates.Read(string.Join(' ', words[..count]).TrimEnd(':', ',', ';')) is not null);
        // The weekday after the date goes; a time stays, for the session's hours.
        var rest = words.Skip(taken).SkipWhile(word => ClassTimesReader.ToDay(Core.Slides.SearchText.Fold(word).TrimEnd('.', ',')) is not null);
        return string.Join(' ', rest).TrimStart(':', '-', '–', ' ');
    }

    private static bool IsLabelled(string line, Vocabulary.InfoField field) =>
        Vocabulary.InfoLabels.TryGetValue(Label(line), out var found) && found == field;

    private static string Label(string line) => line.IndexOf(':') is > 0 and var colon ? Core.Slides.SearchText.Fold(line[..colon].Trim()) : "";

    private static string? Value(string line) => line.IndexOf(':') is > 0 and var colon ? line[(colon + 1)..].Trim() : null;
}
