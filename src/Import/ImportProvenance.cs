namespace CourseFunctions.Import;

/// <summary>
/// Where an import's facts came from and how sure the reader is, so that an instructor sees at once when a page was
/// read on a guess (a default time zone, a year nothing on the page states) or only in part.
/// </summary>
public sealed record ImportProvenance
{
    /// <summary>The front-matter key that sets the course's zone, named wherever a default zone is reported.</summary>
    public const string TimeZoneKey = "timezone";

    /// <summary>Where the zone came from, e.g. "front matter 'timezone:'" or "default (set 'timezone:' in the front matter)".</summary>
    public required string TimeZone { get; init; }

    /// <summary>The page names no zone: the configured default was used.</summary>
    public bool TimeZoneIsDefault { get; init; }

    /// <summary>Which rule gave the zone: what the page says (a key, an id, an abbreviation, a place), a guess, or the default.</summary>
    public ZoneRule TimeZoneRule { get; init; } = ZoneRule.Default;

    /// <summary>Where the year of the dates came from, e.g. "the semester \"Fall 2025\"".</summary>
    public required string Year { get; init; }

    /// <summary>Nothing on the page tells the year: the current one was used.</summary>
    public bool YearIsGuess { get; init; }

    /// <summary>Where the weekly class times came from; null when the page gives none.</summary>
    public string? ClassTimes { get; init; }

    /// <summary>How sure the reader is that the sessions are the page's schedule, from 0 (a guess) to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>Dated blocks of the page that became no session, and why.</summary>
    public IReadOnlyList<UnusedBlock> UnusedBlocks { get; init; } = [];
}

/// <summary>
/// A dated block (a table, a list, a row, headings) the reader left out. <paramref name="Line"/> is 1-based, when known;
/// <paramref name="Kind"/> says what block it is ("table", "list"), <paramref name="Dates"/> how many dates it carries.
/// </summary>
public sealed record UnusedBlock(int? Line, string Label, string Reason, string Kind = "", int Dates = 0);
