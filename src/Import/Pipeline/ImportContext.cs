using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// One page being imported, as the stages of <see cref="ImportPipeline"/> pass it on: the page and the request, the
/// cancellation that bounds the work, the warnings, and what each stage has read so far. Each stage fills its part;
/// later stages read it.
/// </summary>
internal sealed class ImportContext(string page, ImportRequest request, CancellationToken cancellationToken)
{
    public string Page { get; } = page;

    public ImportRequest Request { get; } = request;

    /// <summary>The caller's cancellation and the import's time budget: checked between stages and in every reader's loops.</summary>
    public CancellationToken Cancellation { get; } = cancellationToken;

    public WarningLog Warnings { get; } = new();

    // Normalise and parse.
    public string Source { get; set; } = "";
    public MarkdownDocument Document { get; set; } = new();
    public FrontMatter FrontMatter { get; set; } = FrontMatter.None;
    public PageSections Sections { get; set; } = null!;

    // Course facts.
    public CourseInfoReader.CourseInfo Info { get; } = new();
    public CourseFactsRead Facts { get; set; } = null!;

    /// <summary>Tables of the schedule sections (or of a page that is a schedule), and those of them that are week grids.</summary>
    public List<Table> ScheduleTables { get; } = [];
    public List<Table> WeekTables { get; } = [];

    /// <summary>The course-information blocks, whose lists are facts, not sessions.</summary>
    public List<Block> InformationBlocks { get; } = [];

    // Class times and year.
    public string? ClassTimesText { get; set; }

    /// <summary>Where the class times were read ("the front matter"); null when the page gives none.</summary>
    public string? ClassTimesSource { get; set; }
    public ClassTimesReader.Reading ClassTimes { get; set; } = ClassTimesReader.Read("");
    public int? StatedYear { get; set; }
    public int Year { get; set; }
    public PageYears.Reading YearReading { get; set; } = null!;

    /// <summary>The course's zone and the rule that gave it (<see cref="TimeZoneStage"/>).</summary>
    public ZoneChoice? TimeZone { get; set; }

    // Candidates, choice and sessions.
    public List<ScheduleReading> Candidates { get; } = [];
    public ScheduleReading? Chosen { get; set; }

    /// <summary>The dated blocks that were not chosen, and why: reported with the import, and they lower its confidence.</summary>
    public List<UnusedBlock> UnusedBlocks { get; } = [];

    /// <summary>The dates of the unused blocks that might have been the schedule (rivals, not known deadlines): they lower the confidence.</summary>
    public int RivalDates { get; set; }
    public List<Session> Sessions { get; } = [];
    public ImportResult? Result { get; set; }

    public void ThrowIfCancelled() => Cancellation.ThrowIfCancellationRequested();

    /// <summary>The page's language: as its front matter states it, else as its script and words tell (<see cref="LanguageDetector"/>).</summary>
    public PageLanguage? PageLanguage { get; set; }

    /// <summary>Where <see cref="PageLanguage"/> came from ("the front matter's 'lang:'", "its words").</summary>
    public string? LanguageSource { get; set; }

    /// <summary>
    /// Whether the language may give the zone when the page names none: when the front matter states it, or the page's
    /// words tell it beyond doubt (<see cref="LanguageDetector.Guess.Strong"/>); a weak guess still reads numeric dates.
    /// </summary>
    public bool LanguageSteersZone { get; set; }

    /// <summary>How the page writes dotted dates: day.month, unless its language writes month.day (Chinese "4.16").</summary>
    public NumericDateOrder DottedOrder => PageLanguage is { DottedDayFirst: false } ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;

    /// <summary>The page's language code (two letters), if known.</summary>
    public string? Language => PageLanguage?.Code ?? StatedLanguageCode;

    /// <summary>The language the front matter states, even one without a file in Languages/.</summary>
    public string? StatedLanguageCode =>
        FrontMatter.GetString("lang", "language", "locale") is { Length: >= 2 } language ? language[..2].ToLowerInvariant() : null;
}
