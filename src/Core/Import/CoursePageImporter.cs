using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CourseFunctions.Core.Import;

/// <summary>
/// Reads an al-folio course page (the theme of most academic Jekyll sites) into a course and its sessions:
/// front matter, the "Label: value" information list, the description, literature and evaluation sections,
/// and the schedule table or the course collection's front-matter schedule. It never throws on odd content:
/// whatever it cannot read becomes a warning with its line.
/// </summary>
public static partial class CoursePageImporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseDefinitionLists()
        .Build();

    [GeneratedRegex(@"\{\{\s*site\.(?:baseurl|url)\s*\}\}")]
    private static partial Regex SiteUrlVariable();

    [GeneratedRegex(@"\b(?<year>(?:19|20)[0-9]{2})\b")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\bat (?:the )?(?<program>[^.]+?) program(?:me)? (?:from|at|of) (?:the )?(?<institution>[^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramSentence();

    /// <param name="cancellationToken">Checked between the reading steps, each of which is linear in the page within the caps.</param>
    public static ImportResult Import(string page, ImportOptions options, CancellationToken cancellationToken = default)
    {
        // Jekyll prefixes site links with {{ site.baseurl }}; without it they are site-relative links that
        // the base URL resolves. Removing it keeps every line where it was.
        var source = SiteUrlVariable().Replace(Slides.SearchText.WellFormed(page).Replace("\r\n", "\n"), "");
        if (RestructuredText.IsRestructuredText(source, options.FileName)) source = RestructuredText.ToMarkdown(source);
        source = HtmlTables.ToMarkdown(source);
        var warnings = new WarningLog();
        var document = Parse(source);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), yaml.Line + 2, warnings)
            : FrontMatter.None;
        var sections = new PageSections(document);

        var info = new CourseInfoReader.CourseInfo();
        string? description = null, evaluation = null;
        IReadOnlyList<string> topics = [];
        IReadOnlyList<LiteratureItem> literature = [];
        var scheduleTables = new List<Table>();
        var weekTables = new List<Table>();
        var informationBlocks = new List<Block>();
        foreach (var section in sections.Sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (SectionKinds.Of(section.Heading))
            {
                case SectionKind.Information:
                    CourseInfoReader.Read(section.Blocks, info, warnings);
                    informationBlocks.AddRange(section.Blocks);
                    break;
                case SectionKind.Description:
                    var topicList = section.Blocks.OfType<ListBlock>().FirstOrDefault();
                    topics = topicList is null ? [] : topicList.Select(item => InlineText.Of(item).Text.TrimEnd('.')).ToList();
                    description = MarkdownSource(source, section.Blocks.Where(block => block != topicList));
                    break;
                case SectionKind.Evaluation: evaluation = MarkdownSource(source, section.Blocks); break;
                case SectionKind.Literature: literature = LiteratureReader.Read(section.Blocks); break;
                case SectionKind.Schedule:
                    // Which of them holds the schedule is decided by their content, once the year is known.
                    foreach (var table in section.Blocks.OfType<Table>())
                        (WeekTableReader.IsWeekSchedule(table) ? weekTables : scheduleTables).Add(table);
                    break;
                default: warnings.AtMarkdownLine(section.Line, $"The section \"{section.Heading}\" is not one CourseFunctions imports; it was left out."); break;
            }
        }

        // Else a '# Title', else the first heading that names no section of a course page ("Schedule" is no title).
        var title = frontMatter.GetString("title") ?? sections.FirstHeading
            ?? FallbackTitle(sections.Sections.FirstOrDefault(s => SectionKinds.Of(s.Heading) == SectionKind.Unknown)?.Heading, options, warnings);
        var permalink = frontMatter.GetString("permalink");
        var id = CourseIdFor(options, frontMatter, permalink, title);

        CourseInfoReader.ReadParagraphs(sections.Intro, info);
        var semester = info.Semester ?? frontMatter.GetString("semester") ?? JoinTerm(frontMatter.GetString("term"), frontMatter.GetString("year"));
        // Links are the last resort: a permalink or file name may carry the year a page was first written.
        var year = TermYear(semester) ?? YearOf(frontMatter.GetString("year")) ?? YearOf(title)
            ?? sections.Sections.Select(section => YearOf(section.Heading)).FirstOrDefault(found => found is not null)
            ?? YearOf(permalink);

        // Front matter of other generators (Hugo, Quarto) names the meeting time in keys of its own.
        var classTimesText = info.ClassTimes?.Text
            ?? frontMatter.GetString("time", "class_times", "class_time", "times", "meeting_time", "meeting_times", "lecture_time", "lecture_times", "lectures", "when");
        var classTimes = ClassTimesReader.Read(classTimesText ?? "");
        if (classTimesText is not null)
            foreach (var problem in classTimes.Problems) warnings.AtLine(info.ClassTimes?.Line, $"Class times: {problem}.");

        cancellationToken.ThrowIfCancellationRequested();
        year ??= YearOfTheWeekdays(document, scheduleTables, classTimes, options.Today, warnings);
        var rows = ScheduleReader.Read(document, frontMatter, scheduleTables, weekTables, classTimes, year.Value,
            PageLanguage(frontMatter), warnings, informationBlocks);
        cancellationToken.ThrowIfCancellationRequested();
        var baseUrl = options.BaseUrl ?? frontMatter.GetString("base_url", "baseurl");
        var sessions = OnePerDate(rows, warnings).Select(session => UnsafeLinks.Drop(ResolveLinks(session, baseUrl), warnings)).ToList();

        var intro = InlineText.Of(sections.Intro.OfType<ParagraphBlock>().FirstOrDefault()).Text.Replace('\n', ' ');
        var programSentence = ProgramSentence().Match(intro);
        var course = new Course
        {
            Id = id,
            Title = title,
            ShortTitle = frontMatter.GetString("short_title", "abbreviation", "course_code"),
            Institution = frontMatter.GetString("institution", "university", "school")
                ?? (programSentence.Success ? programSentence.Groups["institution"].Value.Trim() : null),
            Program = frontMatter.GetString("program", "programme") ?? (programSentence.Success ? programSentence.Groups["program"].Value.Trim() : null),
            Instructors = Instructors(info, frontMatter),
            Semester = semester,
            TimeZone = TimeZoneFor(frontMatter, options, warnings),
            ClassTimes = classTimes.ClassTimes,
            Location = info.Location ?? frontMatter.GetString("location"),
            Description = Rendered("description", description ?? frontMatter.GetString("description")),
            Topics = topics,
            Evaluation = Rendered("evaluation", evaluation),
            Literature = literature,
            PageUrl = frontMatter.GetString("url") ?? permalink,
        };
        return new ImportResult(UnsafeLinks.Drop(course, warnings), sessions, warnings.All);
    }

    /// <summary>A table row has a few cells; Markdig's pipe-table parser takes time quadratic in the '|' of one line.</summary>
    public const int MaxPipesPerLine = 512;

    private static MarkdownDocument Parse(string source)
    {
        var line = 1;
        var pipes = 0;
        foreach (var c in source)
        {
            if (c == '\n') (line, pipes) = (line + 1, 0);
            else if (c == '|' && ++pipes > MaxPipesPerLine)
                throw new CoursePageException($"Line {line}: more than {MaxPipesPerLine} '|' on one line; a table row has far fewer cells.");
        }
        try
        {
            return Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException) // Markdig's depth limit: block quotes or lists nested over 128 deep
        {
            throw new CoursePageException("The page nests block quotes, lists or emphasis too deeply to be read; no course page needs that.");
        }
    }

    private static MarkdownText? Rendered(string section, string? markdown)
    {
        if (markdown?.Length > MarkdownText.MaxLength)
            throw new CoursePageException($"The {section} has {markdown.Length:N0} characters; it may have at most {MarkdownText.MaxLength:N0}.");
        try
        {
            return MarkdownText.From(markdown);
        }
        catch (MarkdownTooDeepException error)
        {
            throw new CoursePageException($"The {section}: {error.Message}");
        }
    }

    /// <summary>A page without a title is imported all the same: under its first heading, else its file name, else its id.</summary>
    private static string FallbackTitle(string? firstHeading, ImportOptions options, WarningLog warnings)
    {
        var (title, from) = firstHeading is not null ? (firstHeading, "its first heading")
            : options.FileName is { } file ? (Path.GetFileNameWithoutExtension(file), "its file name")
            : options.CourseId is { } id ? (id, "its course id")
            : ("Untitled course", "a placeholder");
        warnings.AtLine(null, $"The page has no 'title:' in its front matter; it was imported under {from}, \"{title}\". Add a title to choose it.");
        return title;
    }

    private static string CourseIdFor(ImportOptions options, FrontMatter frontMatter, string? permalink, string title)
    {
        if (options.CourseId is not null)
            return CourseId.IsValid(options.CourseId) ? options.CourseId
                : throw new CoursePageException($"'{options.CourseId}' is not a valid course id: use letters, digits, '-' and '_', at most {CourseId.MaxLength}.");
        var lastSegment = permalink?.TrimEnd('/').Split('/').LastOrDefault();
        return CourseId.FromName(lastSegment)
            ?? CourseId.FromName(frontMatter.GetString("course_id"))
            ?? CourseId.FromName(Path.GetFileNameWithoutExtension(options.FileName))
            ?? CourseId.FromName(title)
            ?? throw new CoursePageException("No course id could be derived from the page: pass one explicitly.");
    }

    private static List<Instructor> Instructors(CourseInfoReader.CourseInfo info, FrontMatter frontMatter)
    {
        var names = info.InstructorNames.Count > 0 ? info.InstructorNames
            : frontMatter.GetString("instructor", "instructors") is { } name ? [name] : [];
        var emails = info.Emails.Count > 0 ? info.Emails
            : frontMatter.GetString("email") is { } email ? [email] : [];
        return names.Select((name, index) => new Instructor(name, index < emails.Count ? emails[index] : null)).ToList();
    }

    private static string TimeZoneFor(FrontMatter frontMatter, ImportOptions options, WarningLog warnings)
    {
        var declared = frontMatter.GetString("timezone", "time_zone", "tz");
        if (declared is null) return options.DefaultTimeZone;
        if (CourseClock.IsKnownZone(declared)) return declared;
        warnings.AtLine(null, $"\"{declared}\" is not a known IANA time zone; used {options.DefaultTimeZone}.");
        return options.DefaultTimeZone;
    }

    private static List<Session> OnePerDate(IEnumerable<(Session Session, int Line)> rows, WarningLog warnings)
    {
        var byDate = new Dictionary<DateOnly, Session>();
        foreach (var (session, line) in rows)
        {
            if (byDate.TryGetValue(session.Date, out var first))
            {
                warnings.AtLine(line, $"A second row for {session.Date:yyyy-MM-dd}: its topics and materials were added to the first.");
                byDate[session.Date] = first with { Topics = [.. first.Topics, .. session.Topics], Materials = [.. first.Materials, .. session.Materials] };
            }
            else byDate[session.Date] = session;
        }
        return byDate.Values.OrderBy(session => session.Date).ToList();
    }

    private static string? MarkdownSource(string source, IEnumerable<Block> blocks)
    {
        var text = string.Join("\n\n", blocks.Select(block => source.Substring(block.Span.Start, block.Span.Length).Trim()));
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\b(?<first>(?:19|20)[0-9]{2})\s*[/-]\s*(?<second>(?:19|20)[0-9]{2})\b")]
    private static partial Regex AcademicYear();

    private static readonly Regex SecondHalfTermPattern = Vocabulary.AnyWord(Vocabulary.SecondHalfTerms);
    private static Regex SecondHalfTerm() => SecondHalfTermPattern;

    /// <summary>The year of an undated row: "2025/2026" with a spring term is 2026, with an autumn term 2025.</summary>
    /// <summary>
    /// With no year anywhere, the year in which the schedule's dates fall on the weekdays the page names: the
    /// weekday written in a date cell ("Mon 8/26"), else the class days. Of the years that fit, the most recent one
    /// not in the future. Said in a warning; never silently this year.
    /// </summary>
    private static int YearOfTheWeekdays(MarkdownDocument document, List<Table> scheduleTables, ClassTimesReader.Reading classTimes,
        DateOnly today, WarningLog warnings)
    {
        var classDays = classTimes.ClassTimes.Select(c => c.Day).ToHashSet();
        var texts = (scheduleTables.Count > 0 ? scheduleTables : document.Descendants<Table>())
            .Select(table => (Table: table, Column: ScheduleTableReader.FindDateColumn(table, today.Year)))
            .Where(candidate => candidate.Column is not null)
            .OrderByDescending(candidate => candidate.Column!.Dates)
            .Select(candidate => ScheduleTableReader.DateTexts(candidate.Table, candidate.Column!.Index).ToList())
            .FirstOrDefault() ?? [];
        var fitting = Enumerable.Range(today.Year - 6, 8).Where(year =>
        {
            var reader = new ScheduleDateReader(year);
            var evidence = 0;
            foreach (var text in texts.Take(400))
            {
                if (reader.Read(text) is not { } date) continue;
                var written = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } word
                    ? ClassTimesReader.ToDay(Slides.SearchText.Fold(word).TrimEnd('.')) : null;
                if (written is { } day ? day != date.DayOfWeek : classDays.Count > 0 && !classDays.Contains(date.DayOfWeek)) return false;
                if (written is not null || classDays.Count > 0) evidence++;
            }
            return evidence >= 2;
        }).ToList();
        if (fitting.Count > 0)
        {
            var chosen = fitting.Where(year => year <= today.Year).DefaultIfEmpty(fitting.Min()).Max();
            warnings.AtLine(null, $"The page gives no year; {chosen} is the most recent year in which its dates fall on the weekdays it names. Add the semester to be sure.");
            return chosen;
        }
        warnings.AtLine(null, $"The page gives no year (semester, 'year:', title or headings), and its dates do not tell one; dates without a year use {today.Year}.");
        return today.Year;
    }

    private static int? TermYear(string? semester)
    {
        if (semester is not null && AcademicYear().Match(semester) is { Success: true } academic)
            return int.Parse(SecondHalfTerm().IsMatch(semester) ? academic.Groups["second"].Value : academic.Groups["first"].Value);
        return YearOf(semester);
    }

    private static string? PageLanguage(FrontMatter frontMatter) =>
        frontMatter.GetString("lang", "language", "locale") is { Length: >= 2 } language ? language[..2].ToLowerInvariant() : null;

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

    private static string? JoinTerm(string? term, string? year) =>
        term is null ? year : year is null || term.Contains(year) ? term : $"{term} {year}";

    private static int? YearOf(string? text) =>
        text is not null && FourDigitYear().Match(text) is { Success: true } match ? int.Parse(match.Value) : null;
}
