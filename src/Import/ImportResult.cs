using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>What a course page yields: the course, its sessions in date order, and everything that needed a guess.</summary>
public sealed record ImportResult(Course Course, IReadOnlyList<Session> Sessions, IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>Where the zone, the year and the class times came from, what was left out, and how sure the reader is.</summary>
    public ImportProvenance? Provenance { get; init; }
}

/// <summary>Something the importer could not read as written. <paramref name="Line"/> is 1-based in the page, when known.</summary>
public sealed record ImportWarning(int? Line, string Message);

/// <summary>What one import is asked to do (per call); the importer's bound settings are <see cref="ImportOptions"/>.</summary>
public sealed record ImportRequest
{
    /// <summary>Overrides the id the page implies (its permalink's last segment).</summary>
    public string? CourseId { get; init; }

    /// <summary>Used when the page names no time zone.</summary>
    public string DefaultTimeZone { get; init; } = "Europe/Paris";

    /// <summary>The page's file name, the id of last resort.</summary>
    public string? FileName { get; init; }

    /// <summary>The course site's address, for relative links in materials; else the page's <c>base_url</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// On a page with a column of dates per group ("Groupe 01 (lundi 13h00) | Groupe 02 (mercredi 08h00)"), the group
    /// to read: a part of its column's header, without case or accents. Null reads the first group's column.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>Supplies the year when the page has none.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}

/// <summary>The page cannot become a course at all (for instance it has no title and no id).</summary>
public sealed class CoursePageException(string message) : Exception(message);
