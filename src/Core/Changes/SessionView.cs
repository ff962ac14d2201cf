using System.Globalization;
using System.Text.Json;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Changes;

/// <summary>
/// A session as students see it, in the JSON and in the calendar: its instants (so a corrected time zone or class
/// time is a change), its status, the room shown (the course's when the session names none), and every text of the
/// event, the course's name in its title and the course page in its description included. Two views that compare
/// equal render the same event; a session gets a new SEQUENCE exactly when its view changes.
/// </summary>
public sealed record SessionView
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required DateOnly Date { get; init; }
    public DateTimeOffset? StartAt { get; init; }
    public DateTimeOffset? EndAt { get; init; }
    public required SessionStatus Status { get; init; }
    public required SessionKind Kind { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public string? Room { get; init; }
    public string? Note { get; init; }
    public required IReadOnlyList<MaterialLink> Links { get; init; }
    public required string CourseName { get; init; }
    public string? CoursePage { get; init; }

    /// <summary>How the feed shows the session when it is cancelled (the course's option); null while it is not.</summary>
    public CancelledInCalendar? CancelledAs { get; init; }

    /// <summary>The course's time zone, in which <see cref="Times"/> reads the instants.</summary>
    public required string TimeZone { get; init; }

    public static SessionView Of(Course course, Session session)
    {
        var clock = new CourseClock(course.TimeZone);
        return new SessionView
        {
            Date = session.Date,
            StartAt = session.Start is { } start ? clock.ToInstant(session.Date, start) : null,
            EndAt = session.End is { } end ? clock.ToInstant(session.Date, end) : null,
            Status = session.Status,
            Kind = session.Kind,
            Topics = session.Topics,
            Room = session.Location ?? course.Location,
            Note = session.Note,
            Links = session.Materials,
            CourseName = course.ShortTitle ?? course.Title,
            CoursePage = course.PageUrl,
            CancelledAs = session.Status == SessionStatus.Cancelled ? course.CancelledInCalendar ?? CancelledInCalendar.Status : null,
            TimeZone = course.TimeZone,
        };
    }

    /// <summary>Equal exactly when everything shown is: lists compared by their items, the zone only through the instants.</summary>
    public bool LooksTheSameAs(SessionView other) => Fingerprint() == other.Fingerprint();

    private string Fingerprint() => JsonSerializer.Serialize(this with { TimeZone = "" }, Json);

    /// <summary>The times as the course's clock in <paramref name="zone"/> shows them: "09:00–10:30", "09:00", or "all day".</summary>
    public string Times(string zone)
    {
        if (StartAt is not { } start) return "all day";
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = TimeZoneInfo.ConvertTime(start, info);
        // A zone corrected across midnight moves the session to another local day: say which.
        var day = DateOnly.FromDateTime(local.DateTime) == Date ? "" : local.ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture);
        var text = day + WireFormats.Time(TimeOnly.FromDateTime(local.DateTime));
        return EndAt is { } end ? $"{text}–{WireFormats.Time(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, info).DateTime))}" : text;
    }
}
