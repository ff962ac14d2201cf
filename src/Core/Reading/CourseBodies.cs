using System.Collections.Concurrent;
using System.Text;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Reading;

/// <summary>
/// Every public GET body of one course, finished for one API base URL (links in them are absolute): course,
/// schedule, materials and calendar when the copy is built, each session's event.ics on its first request.
/// </summary>
public sealed class CourseBodies
{
    private readonly CourseSchedule _schedule;
    private readonly string _baseUrl;
    private readonly CourseCalendarWriter _calendar;
    private readonly ConcurrentDictionary<DateOnly, RenderedBody?> _events = new();

    public CourseBodies(CourseSchedule schedule, string baseUrl, CourseCalendarWriter calendar)
    {
        (_schedule, _baseUrl, _calendar) = (schedule, baseUrl, calendar);
        // The ETag is the course's stored version, so that an editor can send it back in If-Match.
        Course = RenderedBody.Json(ApiMapping.ToResponse(schedule.Course, baseUrl), schedule.CourseVersion);
        Schedule = RenderedBody.Json(ApiMapping.ToResponse(schedule, baseUrl));
        Materials = RenderedBody.Json(ApiMapping.ToMaterialList(schedule.Course.Id, schedule.Materials, baseUrl));
        Calendar = RenderedBody.Calendar(Encoding.UTF8.GetBytes(calendar.WriteFeed(schedule, baseUrl)), schedule.ModifiedAt);
        Changes = RenderedBody.Json(ChangeMapping.ToResponse(schedule.Course, schedule.RecentChanges, CourseReadModel.RecentChangesPage, baseUrl));
        ChangesAtom = RenderedBody.Atom(ChangeFeedWriter.Write(schedule.Course, schedule.RecentChanges.Changes,
            ApiLinks.ChangesAtom(baseUrl, schedule.Course.Id), WebUrl.Absolute(schedule.Course.PageUrl)?.AbsoluteUri ?? ApiLinks.Schedule(baseUrl, schedule.Course.Id),
            schedule.ModifiedAt), schedule.ModifiedAt);
    }

    public RenderedBody Course { get; }
    public RenderedBody Schedule { get; }
    public RenderedBody Materials { get; }
    public RenderedBody Calendar { get; }

    /// <summary>The newest page of the change log, as JSON and as Atom.</summary>
    public RenderedBody Changes { get; }
    public RenderedBody ChangesAtom { get; }

    /// <summary>One session as an event, or null when the course has no session that day.</summary>
    public RenderedBody? Event(DateOnly date) => _events.GetOrAdd(date, day =>
        _schedule.Sessions.FirstOrDefault(s => s.Session.Date == day) is { } session
            ? RenderedBody.Calendar(Encoding.UTF8.GetBytes(_calendar.WriteEvent(_schedule, session, _baseUrl)), _schedule.ModifiedAt)
            : null);

    public long Size => Course.Size + Schedule.Size + Materials.Size + Calendar.Size + Changes.Size + ChangesAtom.Size + _events.Values.Sum(e => e?.Size ?? 0);
}

/// <summary>The course list's body for one base URL.</summary>
public sealed class CatalogBodies(IReadOnlyList<Courses.Course> courses, string baseUrl)
{
    public RenderedBody List { get; } = RenderedBody.Json(new CourseListResponse(
        courses.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => ApiMapping.ToSummary(c, baseUrl)).ToList()));
}
