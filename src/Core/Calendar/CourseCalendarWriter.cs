using System.Globalization;
using System.Text;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using IcalCalendar = Ical.Net.Calendar;

namespace CourseFunctions.Core.Calendar;

/// <summary>
/// Writes a course's sessions as iCalendar with Ical.Net, shaped for what real clients need: times with
/// the course's TZID and a matching RRULE-based VTIMEZONE, stable UIDs, SEQUENCE and LAST-MODIFIED from
/// the stored revisions, cancelled sessions kept with STATUS:CANCELLED, and a body that only changes
/// when the schedule does (DTSTAMP is the revision time, not the time of the request).
/// </summary>
public sealed class CourseCalendarWriter(IOptions<CalendarOptions> options)
{
    public const string ProductId = "-//CourseFunctions//Course calendar 1.0//EN";

    /// <param name="apiBaseUrl">Base of the links to slides in event descriptions.</param>
    public string WriteFeed(CourseSchedule schedule, string apiBaseUrl) => Write(schedule, schedule.Sessions, apiBaseUrl, feedProperties: true);

    /// <summary>One session as a calendar of one event, with the same UID as in the feed.</summary>
    public string WriteEvent(CourseSchedule schedule, StoredSession session, string apiBaseUrl) =>
        Write(schedule, [session], apiBaseUrl, feedProperties: false);

    public string UidOf(string courseId, DateOnly date) =>
        $"{courseId}-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@{options.Value.UidDomain}";

    private string Write(CourseSchedule schedule, IReadOnlyList<StoredSession> sessions, string apiBaseUrl, bool feedProperties)
    {
        var course = schedule.Course;
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH", Scale = "GREGORIAN" };
        if (feedProperties) AddFeedProperties(calendar, course);
        var timed = sessions.Where(s => s.Session.Start is not null).ToList();
        if (timed.Count > 0)
        {
            // Every TZID used needs its VTIMEZONE, or Outlook shifts times and Google reads them as UTC. Ical.Net reads the
            // zone's rules from a year before the date given up to now, and throws when that start is after now: a course
            // planned more than a year ahead made every read of it a 500. The current rules serve future dates as well.
            var earliest = timed.Min(s => s.Session.Date).ToDateTime(TimeOnly.MinValue);
            var now = DateTime.UtcNow;
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(course.TimeZone, earliest < now ? earliest : now, includeHistoricalData: false));
        }
        var slides = schedule.Materials.Where(m => m.Status == MaterialStatus.Ready && m.SessionDate is not null).ToLookup(m => m.SessionDate!.Value);
        foreach (var stored in sessions)
            calendar.Events.Add(ToEvent(course, stored, slides[stored.Session.Date], apiBaseUrl));
        return IcsFolding.Refold(new CalendarSerializer().SerializeToString(calendar)!);
    }

    private void AddFeedProperties(IcalCalendar calendar, Course course)
    {
        var refresh = options.Value.RefreshInterval;
        var duration = $"PT{(int)refresh.TotalMinutes}M";
        calendar.AddProperty("NAME", course.Title);
        calendar.AddProperty("X-WR-CALNAME", course.Title);
        calendar.AddProperty("X-WR-TIMEZONE", course.TimeZone);
        // RFC 7986 for most clients, X-PUBLISHED-TTL for Outlook.
        var refreshProperty = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", duration);
        refreshProperty.AddParameter("VALUE", "DURATION");
        calendar.AddProperty(refreshProperty);
        calendar.AddProperty("X-PUBLISHED-TTL", duration);
    }

    private CalendarEvent ToEvent(Course course, StoredSession stored, IEnumerable<SlideMaterial> slides, string apiBaseUrl)
    {
        var session = stored.Session;
        var modified = new CalDateTime(stored.ModifiedAt.UtcDateTime, "UTC");
        var calendarEvent = new CalendarEvent
        {
            Uid = UidOf(course.Id, session.Date),
            DtStamp = modified,
            LastModified = modified,
            Sequence = stored.Sequence,
            Summary = Summary(course, session),
            Description = Description(course, session, slides, apiBaseUrl),
            Location = session.Location ?? course.Location,
            Status = session.Status == SessionStatus.Cancelled && !KeptVisible(course) ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        // Google drops STATUS:CANCELLED events of a subscribed feed: kept confirmed, free and titled "Cancelled:", the
        // session stays in every app, and nobody's free/busy time is blocked by it.
        if (session.Status == SessionStatus.Cancelled && KeptVisible(course)) calendarEvent.Transparency = TransparencyType.Transparent;
        if (session.Start is { } start)
        {
            calendarEvent.DtStart = LocalTime(session.Date, start, course.TimeZone);
            // A page that gives only the start: no DTEND, so the event ends at its start (RFC 5545, 3.6.1).
            if (session.End is { } end) calendarEvent.DtEnd = LocalTime(session.Date, end, course.TimeZone);
        }
        else
        {
            // Without class times the session is an all-day event: floating times are rejected by Outlook.
            calendarEvent.DtStart = new CalDateTime(session.Date);
            calendarEvent.DtEnd = new CalDateTime(session.Date.AddDays(1));
        }
        if (WebUrl.Absolute(course.PageUrl) is { } page) calendarEvent.Url = page;
        return calendarEvent;
    }

    private static bool KeptVisible(Course course) => course.CancelledInCalendar == CancelledInCalendar.Transparent;

    private static CalDateTime LocalTime(DateOnly date, TimeOnly time, string timeZone) =>
        new(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second, timeZone);

    private static string Summary(Course course, Session session)
    {
        var name = course.ShortTitle ?? course.Title;
        var what = session.Topics.Count > 0 ? string.Join("; ", session.Topics) : SessionText.EventName(session.Kind);
        var summary = $"{name}: {what}";
        return session.Status == SessionStatus.Cancelled ? $"Cancelled: {summary}" : summary;
    }

    private static string Description(Course course, Session session, IEnumerable<SlideMaterial> slides, string apiBaseUrl)
    {
        var text = new StringBuilder();
        // A cancelled session's note is the reason the instructor gave ("Instructor at a conference"): students want it.
        if (session.Status == SessionStatus.Cancelled)
            text.AppendLine(session.Note is { Length: > 0 } reason ? $"This session is cancelled: {reason}" : "This session is cancelled.");
        else if (session.Note is { } note) text.AppendLine(note);
        if (session.Topics.Count > 0)
        {
            text.AppendLine("Topics:");
            foreach (var topic in session.Topics) text.AppendLine($"- {topic}");
        }
        var slideLines = slides.OrderBy(m => m.FileName, StringComparer.Ordinal)
            .Select(m => $"- {m.Title ?? m.FileName} ({m.PageCount} pages): {ApiLinks.MaterialContent(apiBaseUrl, m.CourseId, m.Id)}");
        var lines = slideLines.Concat(session.Materials.Select(m => $"- {m.Title}: {m.Url}")).ToList();
        if (lines.Count > 0)
        {
            text.AppendLine("Materials:");
            foreach (var line in lines) text.AppendLine(line);
        }
        if (WebUrl.Absolute(course.PageUrl) is { } page) text.AppendLine($"Course page: {page}");
        return text.ToString().TrimEnd();
    }
}
