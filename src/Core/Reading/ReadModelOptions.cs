using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Core.Reading;

public sealed class ReadModelOptions
{
    public const string SectionName = "ReadModel";

    /// <summary>
    /// How long a copy is served from memory before one point read of the course's revision checks it. Other
    /// instances see an edit within this time; the instance that made it sees it at once.
    /// </summary>
    [Range(0, 24 * 60 * 60)]
    public int RevalidateSeconds { get; set; } = 5;

    /// <summary>
    /// How long a revalidation may wait for storage before the copy is served stale: less than the API's read
    /// deadline (Api:ReadDeadlineSeconds; ReadDeadlineValidation checks it at start), so that the copy is still served
    /// within it. A course not loaded yet waits the whole read deadline.
    /// </summary>
    [Range(0.01, 60)]
    public double RevalidationDeadlineSeconds { get; set; } = 1;

    /// <summary>How long the last copy is served while storage cannot be reached (RFC 5861 stale-if-error).</summary>
    [Range(0, 30 * 24 * 60 * 60)]
    public int StaleIfErrorSeconds { get; set; } = 24 * 60 * 60;

    /// <summary>Courses held in memory at most, per instance; the least recently read go first.</summary>
    [Range(1, 1_000_000)]
    public int MaxCourses { get; set; } = 1_000;

    public const int DefaultMaxEventsPerCourse = 200;

    /// <summary>
    /// Sessions' event.ics bodies kept per course (and base URL) at most, rendered on their first request; past it an
    /// event is rendered per request. A term's sessions fit; a course at the session cap does not pin them all.
    /// </summary>
    [Range(0, 100_000)]
    public int MaxEventsPerCourse { get; set; } = DefaultMaxEventsPerCourse;
}
