using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// One page being imported: its source, parsed document, front matter, sections, options and warnings live here,
/// so the steps of reading it share them instead of passing them to every helper.
/// </summary>
internal sealed partial class CoursePageImport
{
    [GeneratedRegex(@"\bat (?:the )?(?<program>[^.]+?) program(?:me)? (?:from|at|of) (?:the )?(?<institution>[^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramSentence();

    private readonly ImportRequest _options;
    private readonly CancellationToken _cancellationToken;
    private readonly WarningLog _warnings = new();
    private readonly string _source;
    private readonly MarkdownDocument _document;
    private readonly FrontMatter _frontMatter;
    private readonly PageSections _sections;

    /// <exception cref="CoursePageException">The page is past a cap: too many pipes on a line, nested too deeply, front matter too large.</exception>
    public CoursePageImport(string page, ImportRequest options, CancellationToken cancellationToken)
    {
        (_options, _cancellationToken) = (options, cancellationToken);
        _source = PageSource.Prepare(page, options.FileName);
        _document = PageSource.Parse(_source);
        _frontMatter = _document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), yaml.Line + 2, _warnings)
            : FrontMatter.None;
        // Rows dated from a front-matter list ({{page.days[lec]}}) can be read only once the front matter is.
        if (_frontMatter != FrontMatter.None && LiquidPageLists.Uses(_source))
        {
            _source = LiquidPageLists.Expand(_source, _frontMatter);
            _document = PageSource.Parse(_source);
        }
        _sections = new PageSections(_document);
    }

    public ImportResult Run()
    {
        var info = new CourseInfoReader.CourseInfo();
        string? description = null, evaluation = null;
        IReadOnlyList<string> topics = [];
        IReadOnlyList<LiteratureItem> literature = [];
        var scheduleTables = new List<Table>();
        var weekTables = new List<Table>();
        var informationBlocks = new List<Block>();
        // A page titled "Schedule" (a site's schedule page): its other sections are parts of the schedule ("## Unit 1",
        // "## Reading papyri"), and their tables, and those above the first section, are candidates too.
        var pageIsSchedule = new[] { _frontMatter.GetString("title"), _sections.FirstHeading }
            .Any(heading => heading is not null && SectionKinds.Of(heading) == SectionKind.Schedule);
        // Which of them holds the schedule is decided by their content, once the year is known.
        void AddScheduleTables(IEnumerable<Block> blocks)
        {
            foreach (var table in blocks.OfType<Table>())
                (WeekTableReader.IsWeekSchedule(table) ? weekTables : scheduleTables).Add(table);
        }
        if (pageIsSchedule) AddScheduleTables(_sections.Intro);
        foreach (var section in _sections.Sections)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var kind = SectionKinds.Of(section.Heading);
            if (pageIsSchedule && kind is not (SectionKind.Schedule or SectionKind.Unknown)) AddScheduleTables(section.Blocks);
            switch (kind == SectionKind.Unknown && pageIsSchedule ? SectionKind.Schedule : kind)
            {
                case SectionKind.Information:
                    CourseInfoReader.Read(section.Blocks, info, _warnings);
                    informationBlocks.AddRange(section.Blocks);
                    break;
                case SectionKind.Description:
                    var topicList = section.Blocks.OfType<ListBlock>().FirstOrDefault();
                    topics = topicList is null ? [] : topicList.Select(item => InlineText.Of(item).Text.TrimEnd('.')).ToList();
                    description = MarkdownSource(section.Blocks.Where(block => block != topicList));
                    break;
                case SectionKind.Evaluation: evaluation = MarkdownSource(section.Blocks); break;
                case SectionKind.Literature: literature = LiteratureReader.Read(section.Blocks); break;
                case SectionKind.Schedule: AddScheduleTables(section.Blocks); break;
                default: _warnings.AtMarkdownLine(section.Line, $"The section \"{section.Heading}\" is not one CourseFunctions imports; it was left out."); break;
            }
        }

        // Else a '# Title', else the first heading that names no section of a course page ("Schedule" is no title).
        var title = _frontMatter.GetString("title") ?? _sections.FirstHeading
            ?? FallbackTitle(_sections.Sections.FirstOrDefault(s => SectionKinds.Of(s.Heading) == SectionKind.Unknown)?.Heading);
        var permalink = _frontMatter.GetString("permalink");
        var id = CourseIdFor(permalink, title);

        CourseInfoReader.ReadParagraphs(_sections.Intro, info);
        var semester = info.Semester ?? _frontMatter.GetString("semester") ?? PageYears.JoinTerm(_frontMatter.GetString("term"), _frontMatter.GetString("year"));
        var (year, yearSource) = StatedYear(semester, title, permalink);

        // Front matter of other generators (Hugo, Quarto) names the meeting time in keys of its own.
        var (classTimesText, classTimesSource) = info.ClassTimes is { } infoLine
                ? (infoLine.Text, infoLine.Line is { } line ? $"the course information, line {line}" : "the course information")
            : _frontMatter.GetString("time", "class_times", "class_time", "times", "meeting_time", "meeting_times", "lecture_time", "lecture_times", "lectures", "when") is { } key
                ? (key, "the front matter")
            : ClassTimesSentence() is { } sentence ? (sentence, "a sentence of the page")
            : ClassTimesTable([.. scheduleTables, .. weekTables], year ?? _options.Today.Year) is { } table ? (table, "a table of weekly hours")
            : ((string?)null, (string?)null);
        var classTimes = ClassTimesReader.Read(classTimesText ?? "");
        if (classTimesText is not null)
            foreach (var problem in classTimes.Problems) _warnings.AtLine(info.ClassTimes?.Line, $"Class times: {problem}.");

        _cancellationToken.ThrowIfCancellationRequested();
        // Front-matter sessions whose dates carry their year ("Mi, 21.09.22") need no guess.
        var fullDates = new ScheduleDateReader(null, NumericDateOrder.DayFirst);
        if (year is null && _frontMatter.GetMappings("schedule", "sessions", "lectures").Take(400)
            .Select(entry => FrontMatter.Scalar(FrontMatter.Find(entry.Entry, "date")) is { } date ? fullDates.Read(date)?.Year : null)
            .FirstOrDefault(found => found is not null) is { } sessionYear)
            (year, yearSource) = (sessionYear, "the dates of the front matter's sessions");
        var yearReading = year is { } stated
            ? PageYears.CheckedAgainstWrittenWeekdays(stated, _document, scheduleTables, _warnings) is var checkedYear && checkedYear != stated
                ? new PageYears.Reading(checkedYear, $"the weekdays the schedule writes (the page says {stated}, in {yearSource})")
                : new PageYears.Reading(stated, yearSource!)
            : PageYears.OfTheWeekdays(_document, scheduleTables, weekTables, classTimes, _options.Today, _warnings);
        year = yearReading.Year;
        var rows = ScheduleReader.Read(_document, _frontMatter, scheduleTables, weekTables, classTimes, year.Value,
            PageLanguage(), _warnings, informationBlocks, _options.Group);
        _cancellationToken.ThrowIfCancellationRequested();
        var baseUrl = _options.BaseUrl ?? _frontMatter.GetString("base_url", "baseurl");
        var sessions = OnePerDate(rows).Select(session => UnsafeLinks.Drop(ResolveLinks(session, baseUrl), _warnings)).ToList();

        var intro = InlineText.Of(_sections.Intro.OfType<ParagraphBlock>().FirstOrDefault()).Text.Replace('\n', ' ');
        var programSentence = ProgramSentence().Match(intro);
        var zone = TimeZoneFor(classTimesText);
        var course = new Course
        {
            Id = id,
            Title = title,
            ShortTitle = _frontMatter.GetString("short_title", "abbreviation", "course_code"),
            Institution = _frontMatter.GetString("institution", "university", "school")
                ?? (programSentence.Success ? programSentence.Groups["institution"].Value.Trim() : null),
            Program = _frontMatter.GetString("program", "programme") ?? (programSentence.Success ? programSentence.Groups["program"].Value.Trim() : null),
            Instructors = Instructors(info),
            Semester = semester,
            TimeZone = zone.Zone,
            ClassTimes = classTimes.ClassTimes,
            Location = info.Location ?? _frontMatter.GetString("location"),
            Description = Rendered("description", description ?? _frontMatter.GetString("description")),
            Topics = topics,
            Evaluation = Rendered("evaluation", evaluation),
            Literature = literature,
            PageUrl = _frontMatter.GetString("url") ?? permalink,
        };
        var provenance = new ImportProvenance
        {
            TimeZone = zone.Source,
            TimeZoneIsDefault = zone.IsDefault,
            Year = yearReading.Source,
            YearIsGuess = yearReading.IsGuess,
            ClassTimes = classTimes.ClassTimes.Count > 0 ? classTimesSource : null,
            Confidence = ImportConfidence.Of(sessions.Count, yearReading.IsGuess, zone.IsDefault),
        };
        return new ImportResult(UnsafeLinks.Drop(course, _warnings), sessions, _warnings.All) { Provenance = provenance };
    }

    /// <summary>
    /// The year the page states, and where: its term first; links are the last resort, as a permalink or file name may
    /// carry the year a page was first written.
    /// </summary>
    private (int? Year, string? Source) StatedYear(string? semester, string title, string? permalink)
    {
        (Func<int?> Read, string Source)[] clues =
        [
            (() => PageYears.TermYear(semester), $"the semester \"{WarningLog.Shown(semester ?? "")}\""),
            (() => PageYears.YearOf(_frontMatter.GetString("year")), "the front matter's 'year:'"),
            (() => PageYears.YearOf(title), "the title"),
            (() => PageYears.YearOf(_sections.FirstHeading), "the first heading"),
            (() => _sections.Sections.Select(section => PageYears.YearOf(section.Heading)).FirstOrDefault(found => found is not null), "a section heading"),
            (() => PageYears.YearOf(ScheduleProse()), "the text around the schedule"),
            (() => PageYears.YearOf(_frontMatter.GetString(WeekOffsetReader.StartKeys)), "the front matter's start date"),
            (() => PageYears.YearOf(permalink), "the permalink"),
        ];
        foreach (var (read, source) in clues)
            if (read() is { } year) return (year, source);
        return (null, null);
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

    /// <summary>A page without a title is imported all the same: under its first heading, else its file name, else its id.</summary>
    private string FallbackTitle(string? firstHeading)
    {
        var (title, from) = firstHeading is not null ? (firstHeading, "its first heading")
            : _options.FileName is { } file ? (Path.GetFileNameWithoutExtension(file), "its file name")
            : _options.CourseId is { } id ? (id, "its course id")
            : ("Untitled course", "a placeholder");
        _warnings.AtLine(null, $"The page has no 'title:' in its front matter; it was imported under {from}, \"{title}\". Add a title to choose it.");
        return title;
    }

    private string CourseIdFor(string? permalink, string title)
    {
        if (_options.CourseId is not null)
            return CourseId.IsValid(_options.CourseId) ? _options.CourseId
                : throw new CoursePageException($"'{_options.CourseId}' is not a valid course id: use letters, digits, '-' and '_', at most {CourseId.MaxLength}.");
        var lastSegment = permalink?.TrimEnd('/').Split('/').LastOrDefault();
        return CourseId.FromName(lastSegment)
            ?? CourseId.FromName(_frontMatter.GetString("course_id"))
            ?? CourseId.FromName(Path.GetFileNameWithoutExtension(_options.FileName))
            ?? CourseId.FromName(title)
            ?? throw new CoursePageException("No course id could be derived from the page: pass one explicitly.");
    }

    private List<Instructor> Instructors(CourseInfoReader.CourseInfo info)
    {
        var names = info.InstructorNames.Count > 0 ? info.InstructorNames
            : _frontMatter.GetString("instructor", "instructors") is { } name ? [name] : [];
        var emails = info.Emails.Count > 0 ? info.Emails
            : _frontMatter.GetString("email") is { } email ? [email] : [];
        return names.Select((name, index) => new Instructor(name, index < emails.Count ? emails[index] : null)).ToList();
    }

    [GeneratedRegex(@"\b[A-Z]{2,4}\b")]
    private static partial Regex CapitalWord();

    /// <summary>The front matter's zone, else the one the class times are written in ("9 am–noon PDT"), else the default.</summary>
    private (string Zone, string Source, bool IsDefault) TimeZoneFor(string? classTimesText)
    {
        var declared = _frontMatter.GetString("timezone", "time_zone", "tz");
        if (declared is null && classTimesText is not null
            && CapitalWord().Matches(classTimesText).Select(word => Vocabulary.ZoneAbbreviations.GetValueOrDefault(word.Value)).FirstOrDefault(zone => zone is not null) is { } written)
        {
            _warnings.AtLine(null, $"The class times are written in {written}'s time, so the course uses that zone; add 'timezone:' to the front matter to be sure.");
            return (written, "the zone the class times are written in", false);
        }
        var byDefault = $"default (set '{ImportProvenance.TimeZoneKey}:' in the front matter)";
        if (declared is null) return (_options.DefaultTimeZone, byDefault, true);
        if (CourseClock.IsKnownZone(declared)) return (declared, $"the front matter's '{ImportProvenance.TimeZoneKey}:'", false);
        _warnings.AtLine(null, $"\"{declared}\" is not a known IANA time zone; used {_options.DefaultTimeZone}.");
        return (_options.DefaultTimeZone, byDefault, true);
    }

    private List<Session> OnePerDate(IEnumerable<(Session Session, int Line)> rows)
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
                _warnings.AtLine(line, $"A second row for {session.Date:yyyy-MM-dd}: its topics and materials were added to the first"
                    + (end != first.End || start != first.Start ? $", which now runs {start:HH:mm}-{end:HH:mm}." : "."));
                byDate[session.Date] = first with
                {
                    Topics = [.. first.Topics, .. session.Topics], Materials = [.. first.Materials, .. session.Materials], Start = start, End = end,
                };
            }
            else byDate[session.Date] = session;
        }
        return byDate.Values.OrderBy(session => session.Date).ToList();
    }

    private string? MarkdownSource(IEnumerable<Block> blocks)
    {
        var text = string.Join("\n\n", blocks.Select(block => _source.Substring(block.Span.Start, block.Span.Length).Trim()));
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// A sentence of the prose that names weekdays and a time range ("Class sessions are scheduled for Tuesdays and
    /// Thursdays from 1:00 to 2:15 PM."), for pages that give the class times nowhere else.
    /// </summary>
    private string? ClassTimesSentence() => LectureListLine() ?? ScheduleProse().Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries)
        .Take(200).FirstOrDefault(sentence => sentence.Length < 300 && ClassTimesReader.Read(sentence).ClassTimes.Count > 0)?.Trim();

    /// <summary>
    /// "- Lecture: Wednesdays, 9–9:50 am PDT" in a list beside the schedule, whose other items are labs, office hours and
    /// recitations: the line labelled as the lecture or class, if it names weekdays and hours.
    /// </summary>
    private string? LectureListLine() => ScheduleBlocks()
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
    private string? ClassTimesTable(List<Table> scheduleTables, int year) => _document.Descendants<Table>()
        .Where(table => !scheduleTables.Contains(table)).Take(50)
        .Where(table => ScheduleTableReader.FindDateColumn(table, year) is not { Dates: > 0 })
        .Select(table => string.Join("; ", ScheduleTableReader.BodyCells(table).Take(14)
            .Select(cells => FootnoteMarker().Replace(string.Join(" ", cells), ""))
            .Where(row => row.Length < 300 && ClassTimesReader.Read(row).ClassTimes.Count > 0)))
        .FirstOrDefault(text => text.Length > 0);

    [GeneratedRegex(@"\[\^[^\]\s]{1,20}\]")]
    private static partial Regex FootnoteMarker();

    /// <summary>The sentences around the schedule ("Dates are in 2026."): the intro and the paragraphs of schedule sections.</summary>
    private string ScheduleProse() => string.Join("\n", ScheduleBlocks()
        .Select(block => block switch
        {
            ParagraphBlock paragraph => InlineText.Of(paragraph).Text,
            // A theme's "card" quote ("> Every Thursday", "> > 08:00 AM - 11:30 AM (EST)") is one statement, however nested.
            QuoteBlock quote => string.Join(" ", quote.Descendants<ParagraphBlock>().Take(20).Select(paragraph => InlineText.Of(paragraph).Text.Replace('\n', ' '))),
            _ => null,
        }).OfType<string>());

    /// <summary>The blocks above the first section and those of the schedule sections.</summary>
    private IEnumerable<Block> ScheduleBlocks() => _sections.Intro
        .Concat(_sections.Sections.Where(section => SectionKinds.Of(section.Heading) == SectionKind.Schedule).SelectMany(section => section.Blocks));

    private string? PageLanguage() =>
        _frontMatter.GetString("lang", "language", "locale") is { Length: >= 2 } language ? language[..2].ToLowerInvariant() : null;

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
