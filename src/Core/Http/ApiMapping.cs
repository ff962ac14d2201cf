using System.Globalization;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Import;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Http;

/// <summary>Domain to JSON contract.</summary>
public static class ApiMapping
{
    private const string IsoWithOffset = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static CourseLinks Links(string baseUrl, string courseId)
    {
        var self = $"{baseUrl}/courses/{courseId}";
        var calendar = $"{self}/calendar.ics";
        var webcal = "webcal" + calendar[calendar.IndexOf(':')..];
        return new CourseLinks(self, $"{self}/schedule", calendar, webcal);
    }

    public static CourseSummaryResponse ToSummary(Course course, string baseUrl) =>
        new(course.Id, course.Title, course.Semester, course.Institution, course.TimeZone, Links(baseUrl, course.Id));

    public static CourseResponse ToResponse(Course course, string baseUrl) => new(
        course.Id,
        course.Title,
        course.ShortTitle,
        course.Institution,
        course.Program,
        course.Instructors.Select(i => new InstructorResponse(i.Name, i.Email)).ToList(),
        course.Semester,
        course.TimeZone,
        course.ClassTimes.Select(c => new ClassTimeResponse(
            c.Day.ToString().ToLowerInvariant(), c.Start.ToString("HH:mm", CultureInfo.InvariantCulture), c.End.ToString("HH:mm", CultureInfo.InvariantCulture))).ToList(),
        course.Location,
        ToRichText(course.DescriptionMarkdown),
        course.Topics,
        ToRichText(course.EvaluationMarkdown),
        course.Literature.Select(l => new LiteratureResponse(l.Title, l.Url, l.Authors)).ToList(),
        course.PageUrl,
        course.UpdatedAt,
        Links(baseUrl, course.Id));

    public static ScheduleResponse ToResponse(CourseSchedule schedule, string baseUrl)
    {
        var course = schedule.Course;
        var clock = new CourseClock(course.TimeZone);
        var sessions = schedule.Sessions.Select(stored => ToResponse(stored.Session, course, clock, baseUrl)).ToList();
        return new ScheduleResponse(course.Id, course.TimeZone, sessions, Links(baseUrl, course.Id));
    }

    public static ImportReport ToReport(CourseImportOutcome outcome, string baseUrl)
    {
        var (course, sessions, warnings) = outcome.Result;
        var clock = new CourseClock(course.TimeZone);
        return new ImportReport(
            ToResponse(course, baseUrl),
            sessions.Select(session => ToResponse(session, course, clock, baseUrl)).ToList(),
            warnings.Select(w => new ImportWarningResponse(w.Line, w.Message)).ToList(),
            outcome.Saved is { } saved ? new ImportCounts(saved.Created, saved.Updated, saved.Unchanged, saved.Deleted) : null);
    }

    private static SessionResponse ToResponse(Session session, Course course, CourseClock clock, string baseUrl) => new(
        session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        session.Start is { } start ? clock.ToInstant(session.Date, start).ToString(IsoWithOffset, CultureInfo.InvariantCulture) : null,
        session.End is { } end ? clock.ToInstant(session.Date, end).ToString(IsoWithOffset, CultureInfo.InvariantCulture) : null,
        session.Status == SessionStatus.Cancelled ? "cancelled" : "scheduled",
        session.Kind.ToString().ToLowerInvariant(),
        session.Topics,
        session.Materials.Select(m => new MaterialResponse(m.Title, m.Url, "link")).ToList(),
        session.Location ?? course.Location,
        session.Note,
        new SessionLinks($"{baseUrl}/courses/{course.Id}/sessions/{session.Date:yyyy-MM-dd}/event.ics"));

    private static RichText? ToRichText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : new RichText(markdown, MarkdownHtml.Render(markdown));
}
