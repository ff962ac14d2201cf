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
        .Build();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\bat (?:the )?(?<program>[^.]+?) program(?:me)? (?:from|at|of) (?:the )?(?<institution>[^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramSentence();

    public static ImportResult Import(string page, ImportOptions options)
    {
        var source = page.Replace("\r\n", "\n");
        var warnings = new WarningLog();
        var document = Markdown.Parse(source, Pipeline);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), yaml.Line + 2, warnings)
            : FrontMatter.None;
        var sections = new PageSections(document);

        var info = new CourseInfoReader.CourseInfo();
        string? description = null, evaluation = null;
        IReadOnlyList<string> topics = [];
        IReadOnlyList<LiteratureItem> literature = [];
        Table? scheduleTable = null;
        foreach (var section in sections.Sections)
        {
            switch (SectionKinds.Of(section.Heading))
            {
                case SectionKind.Information: CourseInfoReader.Read(section.Blocks, info, warnings); break;
                case SectionKind.Description:
                    var topicList = section.Blocks.OfType<ListBlock>().FirstOrDefault();
                    topics = topicList is null ? [] : topicList.Select(item => InlineText.Of(item).Text.TrimEnd('.')).ToList();
                    description = MarkdownSource(source, section.Blocks.Where(block => block != topicList));
                    break;
                case SectionKind.Evaluation: evaluation = MarkdownSource(source, section.Blocks); break;
                case SectionKind.Literature: literature = LiteratureReader.Read(section.Blocks); break;
                case SectionKind.Schedule: scheduleTable ??= section.Blocks.OfType<Table>().FirstOrDefault(ScheduleTableReader.IsSchedule); break;
                default: warnings.AtMarkdownLine(section.Line, $"The section \"{section.Heading}\" is not one CourseFunctions imports; it was left out."); break;
            }
        }
        scheduleTable ??= document.Descendants<Table>().FirstOrDefault(ScheduleTableReader.IsSchedule);

        var title = frontMatter.GetString("title") ?? sections.FirstHeading
            ?? throw new CoursePageException("The page has no title: add 'title:' to its front matter or a '# Title' heading.");
        var permalink = frontMatter.GetString("permalink");
        var id = CourseIdFor(options, frontMatter, permalink, title);

        var semester = info.Semester ?? JoinTerm(frontMatter.GetString("term"), frontMatter.GetString("year"));
        var year = YearOf(semester) ?? YearOf(frontMatter.GetString("year")) ?? YearOf(permalink) ?? YearOf(title);
        if (year is null)
            warnings.AtLine(null, $"The page gives no year (semester, 'year:' or permalink); dates without a year use {options.Today.Year}.");

        var classTimesText = info.ClassTimes?.Text ?? frontMatter.GetString("time", "class_times");
        var classTimes = ClassTimesReader.Read(classTimesText ?? "");
        if (classTimesText is not null)
            foreach (var problem in classTimes.Problems) warnings.AtLine(info.ClassTimes?.Line, $"Class times: {problem}.");

        var dates = new ScheduleDateReader(year ?? options.Today.Year);
        var sessionFactory = new SessionFactory(classTimes, warnings);
        var rows = CourseCollectionReader.Read(frontMatter, dates, sessionFactory, warnings).ToList();
        if (scheduleTable is not null)
            rows.AddRange(ScheduleTableReader.Read(scheduleTable, dates, sessionFactory, warnings));
        var sessions = OnePerDate(rows, warnings);

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
            DescriptionMarkdown = description ?? frontMatter.GetString("description"),
            Topics = topics,
            EvaluationMarkdown = evaluation,
            Literature = literature,
            PageUrl = frontMatter.GetString("url") ?? permalink,
        };
        return new ImportResult(course, sessions, warnings.All);
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

    private static string? JoinTerm(string? term, string? year) =>
        term is null ? year : year is null || term.Contains(year) ? term : $"{term} {year}";

    private static int? YearOf(string? text) =>
        text is not null && FourDigitYear().Match(text) is { Success: true } match ? int.Parse(match.Value) : null;
}
