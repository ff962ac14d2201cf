using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Representation;

/// <summary>Domain to JSON contract.</summary>
public static class ApiMapping
{
    public static CourseLinks Links(string baseUrl, string courseId)
    {
        return new CourseLinks(
            ApiLinks.Course(baseUrl, courseId), ApiLinks.Schedule(baseUrl, courseId),
            ApiLinks.Calendar(baseUrl, courseId), ApiLinks.CalendarWebcal(baseUrl, courseId));
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
            c.Day.ToString().ToLowerInvariant(), WireFormats.Time(c.Start), WireFormats.Time(c.End))).ToList(),
        course.Location,
        ToRichText(course.Description),
        course.Topics,
        ToRichText(course.Evaluation),
        course.Literature.Select(l => new LiteratureResponse(l.Title, l.Url, l.Authors)).ToList(),
        course.PageUrl,
        course.UpdatedAt,
        Links(baseUrl, course.Id))
    {
        Culture = course.Culture,
        CancelledInCalendar = course.CancelledInCalendar == Courses.CancelledInCalendar.Transparent ? "transparent" : "status",
    };

    public static ScheduleResponse ToResponse(CourseSchedule schedule, string baseUrl)
    {
        var course = schedule.Course;
        var clock = new CourseClock(course.TimeZone);
        var slides = ReadySlides(schedule);
        var sessionDates = schedule.Sessions.Select(s => s.Session.Date).ToHashSet();
        var sessions = schedule.Sessions
            .Select(stored => ToResponse(stored.Session, course, clock, baseUrl, slides.Where(m => m.SessionDate == stored.Session.Date)))
            .ToList();
        var courseMaterials = slides.Where(m => m.SessionDate is not { } date || !sessionDates.Contains(date)).Select(m => ToResponse(m, baseUrl)).ToList();
        return new ScheduleResponse(course.Id, course.TimeZone, sessions, courseMaterials, Links(baseUrl, course.Id));
    }

    /// <summary>One session of the schedule, as the schedule shows it; null when there is none on that date.</summary>
    public static SessionResponse? ToSessionResponse(CourseSchedule schedule, DateOnly date, string baseUrl)
    {
        var stored = schedule.Sessions.FirstOrDefault(s => s.Session.Date == date);
        return stored is null ? null : ToResponse(stored.Session, schedule.Course, new CourseClock(schedule.Course.TimeZone), baseUrl,
            ReadySlides(schedule).Where(m => m.SessionDate == date));
    }

    private static List<SlideMaterial> ReadySlides(CourseSchedule schedule) =>
        schedule.Materials.Where(m => m.Status == MaterialStatus.Ready).OrderBy(m => m.FileName, StringComparer.Ordinal).ToList();

    public static MaterialResponse ToResponse(SlideMaterial slides, string baseUrl) => new(
        slides.Id, slides.Title ?? slides.FileName, slides.FileName, slides.PageCount, slides.Size,
        ApiLinks.MaterialContent(baseUrl, slides.CourseId, slides.Id), slides.UpdatedAt, "slides",
        slides.PagesWithoutText > 0 ? slides.PagesWithoutText : null);

    /// <summary>Every deck of the course with its indexing status, lectures in date order, then course-wide material.</summary>
    public static MaterialListResponse ToMaterialList(string courseId, IEnumerable<SlideMaterial> materials, string baseUrl) => new(courseId,
        materials.OrderBy(m => m.SessionDate ?? DateOnly.MaxValue).ThenBy(m => m.FileName, StringComparer.Ordinal)
            .Select(m => ToStatusResponse(m, baseUrl)).ToList());

    public static MaterialStatusResponse ToStatusResponse(SlideMaterial material, string baseUrl) => new(
        material.Id, material.Title ?? material.FileName, material.FileName, material.PageCount, material.Size,
        ApiLinks.MaterialContent(baseUrl, material.CourseId, material.Id), material.UpdatedAt,
        material.Status.ToString().ToLowerInvariant(), material.Error,
        WireFormats.Date(material.SessionDate), material.PagesWithoutText, material.TextQuality, material.PublishAt);

    /// <summary>One session as the schedule shows it, with the slides given for it.</summary>
    public static SessionResponse ToResponse(Session session, Course course, CourseClock clock, string baseUrl, IEnumerable<SlideMaterial> slides) => new(
        WireFormats.Date(session.Date),
        session.Start is { } start ? WireFormats.DateTime(clock.ToInstant(session.Date, start)) : null,
        session.End is { } end ? WireFormats.DateTime(clock.ToInstant(session.Date, end)) : null,
        SessionText.Status(session.Status),
        SessionText.Kind(session.Kind),
        session.Topics,
        [
            .. slides.Select(m => ToResponse(m, baseUrl)),
            .. session.Materials.Select(m => new MaterialResponse(null, m.Title, null, null, null, m.Url, null, "link")),
        ],
        session.Location ?? course.Location,
        session.Note,
        new SessionLinks(ApiLinks.SessionEvent(baseUrl, course.Id, session.Date)));

    private static RichText? ToRichText(MarkdownText? text) => text is null ? null : new RichText(text.Markdown, text.Html);
}
