using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Class times: the weekly meeting times, wherever the page states them — a labelled fact, a front-matter key, a
/// labelled or unlabelled line anywhere on the page, a sentence beside the schedule, a table of the weekly pattern, the
/// weekday headers of a table. The first place that gives hours wins; where it came from is the provenance.
/// </summary>
internal sealed partial class ClassTimesStage : IImportStage
{
    /// <summary>Front matter of other generators (Hugo, Quarto) names the meeting time in keys of its own.</summary>
    public static readonly string[] FrontMatterKeys =
        ["time", "class_times", "class_time", "times", "meeting_time", "meeting_times", "lecture_time", "lecture_times", "lectures", "when"];

    public string Name => "class times";

    public void Run(ImportContext context)
    {
        var info = context.Info;
        if (info.ClassTimes is { } infoLine)
        {
            // The labelled fact is the page's own statement: what it could not read is worth a warning.
            var labelled = ClassTimesReader.Read(infoLine.Text);
            foreach (var problem in labelled.Problems) context.Warnings.AtLine(infoLine.Line, $"Class times: {problem}.");
            if (labelled.HasTimes)
            {
                Keep(context, infoLine.Text, labelled, infoLine.Line is { } line ? $"the course information, line {line}" : "the course information");
                return;
            }
        }
        var lines = ClassTimesLines.Of(context.Document, context.Cancellation);
        var found = FrontMatterTimes(context.FrontMatter)
            ?? lines.Labelled()
            ?? Found(ClassTimesSentence(context.Sections), "a sentence of the page")
            ?? lines.Overview()
            ?? Found(ClassTimesTable(context.Document, [.. context.ScheduleTables, .. context.WeekTables],
                PageYears.TermYear(context.Facts.Semester) ?? context.Request.Today.Year), "a table of weekly hours")
            ?? lines.WeekdayHeaders()
            ?? lines.StartSentence();
        if (found is var (text, reading, source)) Keep(context, text, reading, source);
        else (context.ClassTimesText, context.ClassTimes, context.ClassTimesSource) = (info.ClassTimes?.Text, ClassTimesReader.Read(""), null);
    }

    private static void Keep(ImportContext context, string text, ClassTimesReader.Reading reading, string source) =>
        (context.ClassTimesText, context.ClassTimes, context.ClassTimesSource) = (text, reading, source);

    private static (string, ClassTimesReader.Reading, string)? Found(string? text, string source) =>
        text is not null && ClassTimesReader.Read(text) is { HasTimes: true } reading ? (text, reading, source) : null;

    /// <summary>
    /// A front-matter key of the known names, else any top-level key whose value states class times: weekdays with hours
    /// ("subtitle: 73-103 · Fall 2026 · Mon &amp; Wed 10:00–11:15"), or a value that is nothing but hours ("horario: 14h-17h").
    /// </summary>
    private static (string, ClassTimesReader.Reading, string)? FrontMatterTimes(FrontMatter frontMatter)
    {
        if (Found(frontMatter.GetString(FrontMatterKeys), "the front matter") is { } known) return known;
        foreach (var (key, value, line) in frontMatter.ScalarsWhereKey(_ => true).Take(200))
        {
            if (value.Length > 300) continue;
            var reading = ClassTimesReader.Read(value);
            var hoursOnly = value.Length <= 40 && ClassTimesReader.ReadOwnHours(value) is not null && !ClassTimesLines.HoldsADate(value);
            if (reading.ClassTimes.Count > 0 || hoursOnly && reading.HasTimes)
                return (value, reading, $"the front matter's '{key}', line {line}");
        }
        return null;
    }

    /// <summary>
    /// A sentence of the prose that names weekdays and a time range ("Class sessions are scheduled for Tuesdays and
    /// Thursdays from 1:00 to 2:15 PM."), for pages that give the class times nowhere else.
    /// </summary>
    private static string? ClassTimesSentence(PageSections sections) => LectureListLine(sections)
        ?? PageProse.ScheduleProse(sections).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Take(200).FirstOrDefault(sentence => sentence.Length < 300 && ClassTimesReader.Read(sentence).ClassTimes.Count > 0
                && ClassTimesReader.NamesAWeekdayPlainly(sentence))?.Trim();

    /// <summary>
    /// "- Lecture: Wednesdays, 9–9:50 am PDT" in a list beside the schedule, whose other items are labs, office hours and
    /// recitations: the line labelled as the lecture or class, if it names weekdays and hours.
    /// </summary>
    private static string? LectureListLine(PageSections sections) => PageProse.ScheduleBlocks(sections)
        .OfType<ListBlock>().SelectMany(list => list.Descendants<ListItemBlock>()).Take(200)
        .Select(item => InlineText.Of(item.FirstOrDefault()).Lines().FirstOrDefault()?.Trim() ?? "")
        .FirstOrDefault(line => line.Length < 300 && line.IndexOf(':') is > 0 and var colon
            && Vocabulary.LectureLabels.Contains(Core.Slides.SearchText.Fold(line[..colon].Trim()))
            && ClassTimesReader.Read(line).ClassTimes.Count > 0);

    /// <summary>
    /// A weekly-pattern table (Giorno | Orario, Day | Time) that is not the schedule and has no dates: its rows that
    /// name a weekday and hours, for pages that give the class times as a table of their own. Footnote markers inside
    /// the hours ("8:15[^1] - 11:15") are not part of them.
    /// </summary>
    private static string? ClassTimesTable(MarkdownDocument document, List<Table> scheduleTables, int year) => document.Descendants<Table>()
        .Where(table => !scheduleTables.Contains(table)).Take(50)
        .Where(table => ScheduleTableReader.FindDateColumn(table, year) is not { Dates: > 0 })
        .Select(table => string.Join("; ", ScheduleTableReader.BodyCells(table).Take(14)
            .Select(cells => FootnoteMarker().Replace(string.Join(" ", cells), ""))
            .Where(row => row.Length < 300 && ClassTimesReader.Read(row).ClassTimes.Count > 0)))
        .FirstOrDefault(text => text.Length > 0);

    [GeneratedRegex(@"\[\^[^\]\s]{1,20}\]", RegexOptions.NonBacktracking)]
    private static partial Regex FootnoteMarker();
}
