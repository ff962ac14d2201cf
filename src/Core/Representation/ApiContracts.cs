namespace CourseFunctions.Core.Representation;

// The JSON shapes of the public API. Course websites depend on these names: change them only additively.

public sealed record CourseListResponse(IReadOnlyList<CourseSummaryResponse> Courses);

public sealed record CourseSummaryResponse(
    string Id, string Title, string? Semester, string? Institution, string TimeZone, CourseLinks Links);

public sealed record CourseResponse(
    string Id,
    string Title,
    string? ShortTitle,
    string? Institution,
    string? Program,
    IReadOnlyList<InstructorResponse> Instructors,
    string? Semester,
    string TimeZone,
    IReadOnlyList<ClassTimeResponse> ClassTimes,
    string? Location,
    RichText? Description,
    IReadOnlyList<string> Topics,
    RichText? Evaluation,
    IReadOnlyList<LiteratureResponse> Literature,
    string? PageUrl,
    DateTimeOffset UpdatedAt,
    CourseLinks Links)
{
    /// <summary>The culture dates are written in for students (BCP 47), or null for English.</summary>
    public string? Culture { get; init; }

    /// <summary>"status" (STATUS:CANCELLED, the default) or "transparent" (kept, free, titled "Cancelled:").</summary>
    public string CancelledInCalendar { get; init; } = "status";
}

public sealed record InstructorResponse(string Name, string? Email);

/// <summary><c>day</c> is the lower-case English weekday; <c>start</c> and <c>end</c> are "HH:mm" in the course's time zone.</summary>
public sealed record ClassTimeResponse(string Day, string Start, string End);

/// <summary>Markdown as written, and the same rendered to sanitised HTML that a page can insert as is.</summary>
public sealed record RichText(string Markdown, string Html);

public sealed record LiteratureResponse(string Title, string? Url, IReadOnlyList<string> Authors);

/// <summary><c>calendar</c> is the https feed URL, <c>calendarWebcal</c> the same as webcal:// for one-click subscription.</summary>
public sealed record CourseLinks(string Self, string Schedule, string Calendar, string CalendarWebcal);

/// <summary><c>courseMaterials</c> are slides that match no session.</summary>
public sealed record ScheduleResponse(
    string CourseId, string TimeZone, IReadOnlyList<SessionResponse> Sessions, IReadOnlyList<MaterialResponse> CourseMaterials, CourseLinks Links);

/// <summary><c>start</c> and <c>end</c> are ISO 8601 with the offset in force in the course's time zone that day.</summary>
public sealed record SessionResponse(
    string Date,
    string? Start,
    string? End,
    string Status,
    string Kind,
    IReadOnlyList<string> Topics,
    IReadOnlyList<MaterialResponse> Materials,
    string? Location,
    string? Note,
    SessionLinks Links);

/// <summary><c>calendarEvent</c> downloads this one session as .ics ("add to calendar").</summary>
public sealed record SessionLinks(string CalendarEvent);

/// <summary>
/// A material of a session. <c>type</c> is "slides" for indexed PDFs (with <c>id</c>, <c>fileName</c>,
/// <c>pageCount</c>, <c>size</c> in bytes and <c>updatedAt</c>; <c>pagesWithoutText</c> when some pages are images that
/// search cannot see) and "link" for links taken from the course page.
/// </summary>
public sealed record MaterialResponse(
    string? Id, string Title, string? FileName, int? PageCount, long? Size, string Url, DateTimeOffset? UpdatedAt, string Type,
    [property: System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? PagesWithoutText = null);

public sealed record MaterialListResponse(string CourseId, IReadOnlyList<MaterialStatusResponse> Materials);

/// <summary>
/// An uploaded deck as the instructor sees it: <c>status</c> "ready" or "failed", with <c>error</c> saying why;
/// <c>pagesWithoutText</c> counts its pages that are images with no text layer (scanned), which search cannot see;
/// <c>textQuality</c> is the mean share of each page's letters read as text (0 to 1); <c>publishAt</c> is when the
/// deck becomes public (only editors see decks before it).
/// </summary>
public sealed record MaterialStatusResponse(
    string Id, string Title, string FileName, int PageCount, long Size, string Url, DateTimeOffset UpdatedAt,
    string Status, string? Error, string? Session, int PagesWithoutText = 0, double? TextQuality = null,
    [property: System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? PublishAt = null);

public sealed record SearchResponse(string Query, IReadOnlyList<SearchHitResponse> Hits);

/// <summary>
/// One matching frame. <c>page</c> counts from 1, as PDF viewers do: the first page of the frame where the words are
/// visible; <c>lastPage</c> is the frame's last page when it spans several (Beamer overlays); <c>url</c> opens the PDF at <c>page</c>.
/// <c>highlights</c> locate the matching words in <c>snippet</c> (UTF-16 offsets, as JavaScript strings count).
/// </summary>
public sealed record SearchHitResponse(
    string MaterialId, string Title, int Page, string Snippet, IReadOnlyList<HighlightResponse> Highlights, double Score, string Url,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? LastPage = null);

public sealed record HighlightResponse(int Start, int Length);

public sealed record HealthResponse(string Status);

/// <summary>What an import would store (dry run) or stored: the same shapes as the read API, plus the importer's warnings.</summary>
public sealed record ImportReport(
    CourseResponse Course,
    IReadOnlyList<SessionResponse> Sessions,
    IReadOnlyList<ImportWarningResponse> Warnings,
    ImportCounts? Saved,
    ImportProvenanceResponse? Provenance = null)
{
    /// <summary>Edits made through the API since the last import that this import met: kept, or overridden by the page.</summary>
    public IReadOnlyList<StoredEditResponse> Edits { get; init; } = [];

    /// <summary>A dry run's difference against storage; null for an import that was stored.</summary>
    public ImportStorageResponse? Storage { get; init; }
}

/// <summary>
/// An edit made since the last import, on <c>date</c>: <c>field</c> is "session" (added or deleted through the API, or
/// dropped from the page) or one of time, status, kind, topics, materials, location, note. <c>conflict</c> when the page
/// changed it too; <c>kept</c> when the stored value stays (the page did not change it, or keepEdits).
/// </summary>
public sealed record StoredEditResponse(string Date, string Field, string? Stored, string? Page, bool Conflict, bool Kept);

/// <summary>What the import would change in storage; <c>compared</c> false (with <c>reason</c>) when storage could not be read.</summary>
public sealed record ImportStorageResponse(bool Compared, string? Reason, IReadOnlyList<SessionChangeResponse> Changes);

/// <summary><c>change</c>: "added", "changed" (in <c>fields</c>) or "removed".</summary>
public sealed record SessionChangeResponse(string Date, string Change, IReadOnlyList<string> Fields);

public sealed record ImportWarningResponse(int? Line, string Message);

public sealed record ImportCounts(int Created, int Updated, int Unchanged, int Deleted);

/// <summary>
/// Where the import's zone, year and class times came from (<c>timeZoneIsDefault</c>, <c>yearIsGuess</c> flag the
/// guesses; <c>timeZoneRule</c> names the rule that chose the zone: <c>zoneKey</c>, <c>zoneId</c>, <c>writtenZone</c>,
/// <c>place</c>, <c>languageRegion</c>, <c>calendar</c>, <c>language</c>, <c>countryDomain</c>, <c>offset</c> or
/// <c>default</c>), how sure it is (<c>confidence</c>, 0 to 1), and the dated blocks it left out and why.
/// </summary>
public sealed record ImportProvenanceResponse(
    string TimeZone, bool TimeZoneIsDefault, string TimeZoneRule, string Year, bool YearIsGuess, string? ClassTimes, double Confidence,
    IReadOnlyList<UnusedBlockResponse> UnusedBlocks);

/// <summary>A dated block the import left out: where, its dates' span (<c>label</c>), why, what block (<c>kind</c>) and how many dates.</summary>
public sealed record UnusedBlockResponse(int? Line, string Label, string Reason, string Kind, int Dates);
