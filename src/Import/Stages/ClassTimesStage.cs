using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Class times: the weekly meeting times, wherever the page states them — a labelled fact, a front-matter key, a
/// sentence or a lecture line beside the schedule, a table of the weekly pattern.
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
        var (text, source) = info.ClassTimes is { } infoLine
                ? (infoLine.Text, infoLine.Line is { } line ? $"the course information, line {line}" : "the course information")
            : context.FrontMatter.GetString(FrontMatterKeys) is { } key ? (key, "the front matter")
            : ClassTimesSentence(context.Sections) is { } sentence ? (sentence, "a sentence of the page")
            : ClassTimesTable(context.Document, [.. context.ScheduleTables, .. context.WeekTables],
                PageYears.TermYear(context.Facts.Semester) ?? context.Request.Today.Year) is { } table ? (table, "a table of weekly hours")
            : ((string?)null, (string?)null);
        var classTimes = ClassTimesReader.Read(text ?? "");
        if (text is not null)
            foreach (var problem in classTimes.Problems) context.Warnings.AtLine(info.ClassTimes?.Line, $"Class times: {problem}.");
        (context.ClassTimesText, context.ClassTimes) = (text, classTimes);
        context.ClassTimesSource = classTimes.ClassTimes.Count > 0 ? source : null;
    }

    /// <summary>
    /// A sentence of the prose that names weekdays and a time range ("Class sessions are scheduled for Tuesdays and
    /// Thursdays from 1:00 to 2:15 PM."), for pages that give the class times nowhere else.
    /// </summary>
    private static string? ClassTimesSentence(PageSections sections) => LectureListLine(sections)
        ?? PageProse.ScheduleProse(sections).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Take(200).FirstOrDefault(sentence => sentence.Length < 300 && ClassTimesReader.Read(sentence).ClassTimes.Count > 0)?.Trim();

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
