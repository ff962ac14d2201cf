namespace CourseFunctions.Core.Courses;

/// <summary>A course as the instructor's page describes it. Sessions are kept apart (see <see cref="Session"/>).</summary>
public sealed record Course
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>A short name for calendar entries, e.g. "MathDL"; null when the page gives none.</summary>
    public string? ShortTitle { get; init; }

    public string? Institution { get; init; }
    public string? Program { get; init; }
    public IReadOnlyList<Instructor> Instructors { get; init; } = [];
    public string? Semester { get; init; }

    /// <summary>IANA time zone id, e.g. <c>Europe/Paris</c>. Session times are local to it.</summary>
    public required string TimeZone { get; init; }

    public IReadOnlyList<ClassTime> ClassTimes { get; init; } = [];
    public string? Location { get; init; }
    public MarkdownText? Description { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public MarkdownText? Evaluation { get; init; }
    public IReadOnlyList<LiteratureItem> Literature { get; init; } = [];

    /// <summary>The course website's page (absolute URL, or the site-relative permalink when no site URL is known).</summary>
    public string? PageUrl { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// The culture (BCP 47, e.g. "fr-FR") in which dates are written for students, as in the change feed's
    /// "ven. 7 févr."; null for English.
    /// </summary>
    public string? Culture { get; init; }

    /// <summary>How a cancelled session appears in the calendar feed; null for the default, <see cref="CancelledInCalendar.Status"/>.</summary>
    public CancelledInCalendar? CancelledInCalendar { get; init; }
}

/// <summary>How the calendar feed shows a cancelled session (docs/calendar.md says which apps do what).</summary>
public enum CancelledInCalendar
{
    /// <summary>STATUS:CANCELLED: Apple, Thunderbird and Nextcloud strike it through; Google and Outlook remove it.</summary>
    Status,

    /// <summary>Kept CONFIRMED but free (TRANSP:TRANSPARENT), its title starting "Cancelled:": visible in every app.</summary>
    Transparent,
}

public sealed record Instructor(string Name, string? Email);

/// <summary>A weekly slot, e.g. Fridays 09:00–12:15, in the course's time zone.</summary>
public sealed record ClassTime(DayOfWeek Day, TimeOnly Start, TimeOnly End);

public sealed record LiteratureItem
{
    public required string Title { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
}
