using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Sessions: the chosen schedule's rows as sessions, one per date, their links resolved; and the course assembled from
/// the facts, with its time zone.
/// </summary>
internal sealed partial class SessionsStage : IImportStage
{
    [GeneratedRegex(@"\bat (?:the )?(?<program>[^.]+?) program(?:me)? (?:from|at|of) (?:the )?(?<institution>[^.]+)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ProgramSentence();

    private const int MaxIntroChars = 2_000;

    public string Name => "sessions";

    public void Run(ImportContext context)
    {
        var (frontMatter, facts, warnings) = (context.FrontMatter, context.Facts, context.Warnings);
        var baseUrl = context.Request.BaseUrl ?? frontMatter.GetString("base_url", "baseurl");
        context.Sessions.AddRange(OnePerDate(context.Chosen?.Rows ?? [], warnings)
            .Select(session => UnsafeLinks.Drop(ResolveLinks(session, baseUrl), warnings)));

        var intro = InlineText.Of(context.Sections.Intro.OfType<ParagraphBlock>().FirstOrDefault()).Text.Replace('\n', ' ');
        // The program sentence opens the page: a paragraph of 300,000 "at " took the program pattern most of a second.
        if (intro.Length > MaxIntroChars) intro = intro[..MaxIntroChars];
        var programSentence = ProgramSentence().Match(intro);
        var zone = context.TimeZone!;
        var course = new Course
        {
            Id = facts.Id,
            Title = facts.Title,
            ShortTitle = frontMatter.GetString("short_title", "abbreviation", "course_code"),
            Institution = frontMatter.GetString("institution", "university", "school")
                ?? (programSentence.Success ? programSentence.Groups["institution"].Value.Trim() : null),
            Program = frontMatter.GetString("program", "programme") ?? (programSentence.Success ? programSentence.Groups["program"].Value.Trim() : null),
            Instructors = Instructors(context),
            Semester = facts.Semester,
            TimeZone = zone.Zone,
            ClassTimes = context.ClassTimes.ClassTimes,
            Location = context.Info.Location ?? frontMatter.GetString("location"),
            Description = Rendered("description", facts.Description ?? frontMatter.GetString("description")),
            Topics = facts.Topics,
            Evaluation = Rendered("evaluation", facts.Evaluation),
            Literature = facts.Literature,
            PageUrl = frontMatter.GetString("url") ?? facts.Permalink,
        };
        var year = context.YearReading;
        var provenance = new ImportProvenance
        {
            TimeZone = zone.Source,
            TimeZoneIsDefault = zone.IsDefault,
            TimeZoneRule = zone.Rule,
            Year = year.Source,
            YearIsGuess = year.IsGuess,
            ClassTimes = context.ClassTimesSource,
            Confidence = Confidence(context, year.IsGuess, zone.IsDefault || zone.IsGuess),
            UnusedBlocks = context.UnusedBlocks,
        };
        context.Result = new ImportResult(UnsafeLinks.Drop(course, warnings), context.Sessions, warnings.All) { Provenance = provenance };
    }

    /// <summary>
    /// What was read against what was left: the chosen block's rows, skipped rows and warnings, and the dates of the unused
    /// blocks that might have been the schedule (a table known as deadlines costs nothing: the reader knows why it left it).
    /// </summary>
    private static double Confidence(ImportContext context, bool yearIsGuess, bool zoneIsDefault)
    {
        if (context.Sessions.Count == 0 || context.Chosen is not { } chosen) return 0;
        var skipped = chosen.Warnings.SkippedRows;
        return ImportConfidence.Of(chosen.Rows.Count, context.RivalDates, skipped,
            chosen.Warnings.All.Count - skipped, yearIsGuess, zoneIsDefault);
    }

    private static MarkdownText? Rendered(string section, string? markdown)
    {
        if (markdown?.Length > MarkdownText.MaxLength)
            throw new CoursePageException($"The {section} has {markdown.Length:N0} characters; it may have at most {MarkdownText.MaxLength:N0}.");
        try
        {
            return MarkdownRenderer.Render(markdown);
        }
        catch (MarkdownTooDeepException error)
        {
            throw new CoursePageException($"The {section}: {error.Message}");
        }
    }

    private static List<Instructor> Instructors(ImportContext context)
    {
        var info = context.Info;
        var names = info.InstructorNames.Count > 0 ? info.InstructorNames
            : context.FrontMatter.GetString("instructor", "instructors") is { } name ? [name] : [];
        var emails = info.Emails.Count > 0 ? info.Emails
            : context.FrontMatter.GetString("email") is { } email ? [email] : [];
        return names.Select((name, index) => new Instructor(name, index < emails.Count ? emails[index] : null)).ToList();
    }

    private static List<Session> OnePerDate(IEnumerable<(Session Session, int Line)> rows, WarningLog warnings)
    {
        var byDate = new Dictionary<DateOnly, Session>();
        foreach (var (session, line) in rows)
        {
            if (byDate.TryGetValue(session.Date, out var first))
            {
                // Back-to-back sessions on one day (10:00-11:30, then 11:30-13:00) are one session from the first start to the last end.
                // Sessions hours apart keep the first one's times.
                var (start, end) = first.Start is { } firstStart && first.End is { } firstEnd && session.Start is { } nextStart && session.End is { } nextEnd
                    && nextStart <= firstEnd && nextEnd >= firstStart
                    ? (firstStart < nextStart ? firstStart : nextStart, firstEnd > nextEnd ? firstEnd : nextEnd)
                    : (first.Start, first.End);
                warnings.AtLine(line, $"A second row for {WireFormats.Date(session.Date)}: its topics and materials were added to the first"
                    + (end != first.End || start != first.Start ? $", which now runs {WireFormats.Time(start)}-{WireFormats.Time(end)}." : "."));
                byDate[session.Date] = first with
                {
                    Topics = [.. first.Topics, .. session.Topics], Materials = [.. first.Materials, .. session.Materials], Start = start, End = end,
                };
            }
            else byDate[session.Date] = session;
        }
        return byDate.Values.OrderBy(session => session.Date).ToList();
    }

    /// <summary>Relative links in materials point into the course site: resolved against its base URL when one is known.</summary>
    private static Session ResolveLinks(Session session, string? baseUrl)
    {
        if (WebUrl.Absolute(baseUrl) is not { } root || session.Materials.Count == 0) return session;
        if (!root.AbsoluteUri.EndsWith('/')) root = new Uri(root.AbsoluteUri + "/");
        return session with
        {
            Materials = session.Materials.Select(material => WebUrl.IsSiteRelative(material.Url)
                ? material with { Url = new Uri(root, material.Url.TrimStart('/')).AbsoluteUri }
                : material).ToList(),
        };
    }
}
