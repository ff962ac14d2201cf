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
    private readonly int _maxEvents;
    private readonly ConcurrentDictionary<DateOnly, RenderedBody> _events = new();

    /// <param name="maxEvents">Event bodies kept at most; past it an event is rendered for its request and not kept.</param>
    public CourseBodies(CourseSchedule schedule, string baseUrl, CourseCalendarWriter calendar, int maxEvents = ReadModelOptions.DefaultMaxEventsPerCourse)
    {
        (_schedule, _baseUrl, _calendar, _maxEvents) = (schedule, baseUrl, calendar, maxEvents);
        // The ETag is the course's stored version, so that an editor can send it back in If-Match.
        Course = RenderedBody.Json(ApiMapping.ToResponse(schedule.Course, baseUrl), schedule.CourseVersion);
        Schedule = RenderedBody.Json(ApiMapping.ToResponse(schedule, baseUrl));
        Materials = RenderedBody.Json(ApiMapping.ToMaterialList(schedule.Course.Id, schedule.Materials, baseUrl));
        Calendar = RenderedBody.Calendar(Encoding.UTF8.GetBytes(calendar.WriteFeed(schedule, baseUrl)), schedule.ModifiedAt);
        Changes = RenderedBody.Json(ChangeMapping.ToResponse(schedule.Course, schedule.RecentChanges, CourseReadModel.RecentChangesPage, baseUrl));
        ChangesAtom = RenderedBody.Atom(ChangeFeedWriter.Write(schedule.Course, schedule.RecentChanges.Changes,
            ApiLinks.ChangesAtom(baseUrl, schedule.Course.Id),
            WebUrl.Absolute(schedule.Course.PageUrl)?.AbsoluteUri ?? ApiLinks.Schedule(baseUrl, schedule.Course.Id),
            schedule.ModifiedAt), schedule.ModifiedAt);
    }

    public RenderedBody Course { get; }
    public RenderedBody Schedule { get; }
    public RenderedBody Materials { get; }
    public RenderedBody Calendar { get; }

    /// <summary>The newest page of the change log, as JSON and as Atom.</summary>
    public RenderedBody Changes { get; }
    public RenderedBody ChangesAtom { get; }

    /// <summary>
    /// One session as an event, or null when the course has no session that day. Only a session's event is kept, and
    /// at most <c>maxEvents</c> of them: a date without a session, which anyone may ask for, leaves nothing behind.
    /// </summary>
    public RenderedBody? Event(DateOnly date)
    {
        if (_events.TryGetValue(date, out var kept)) return kept;
        if (_schedule.Sessions.FirstOrDefault(s => s.Session.Date == date) is not { } session) return null;
        var body = RenderedBody.Calendar(Encoding.UTF8.GetBytes(_calendar.WriteEvent(_schedule, session, _baseUrl)), _schedule.ModifiedAt);
        // The count may pass the cap by the requests racing here at once, never by more.
        return _events.Count < _maxEvents ? _events.GetOrAdd(date, body) : body;
    }

    /// <summary>Event bodies kept now.</summary>
    public int EventCount => _events.Count;

    public long Size => Course.Size + Schedule.Size + Materials.Size + Calendar.Size + Changes.Size + ChangesAtom.Size + _events.Values.Sum(e => e.Size);
}

/// <summary>The course list's body for one base URL.</summary>
public sealed class CatalogBodies(IReadOnlyList<Courses.Course> courses, string baseUrl)
{
    public RenderedBody List { get; } = RenderedBody.Json(new CourseListResponse(
        courses.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => ApiMapping.ToSummary(c, baseUrl)).ToList()));
}
