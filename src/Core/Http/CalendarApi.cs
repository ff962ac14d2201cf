using System.Globalization;
using System.Text;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Http;

/// <summary>The calendar endpoints: the course feed students subscribe to, and one session as an event.</summary>
public sealed class CalendarApi(
    ICourseStore store,
    CalendarFeedService feeds,
    CourseCalendarWriter writer,
    IOptions<ApiOptions> options,
    ILogger<CalendarApi> logger)
{
    public Task<IApiResult> GetCalendarAsync(HttpRequest request, string courseId) =>
        ApiExecution.RunAsync(request, logger, async cancellationToken =>
        {
            if (!CourseId.IsValid(courseId)) return ApiProblems.InvalidCourseId();
            var feed = await feeds.GetAsync(courseId, PublicUrls.ApiBase(request, options.Value), cancellationToken);
            return feed is null
                ? ApiProblems.CourseNotFound(courseId)
                : ApiResult.Calendar(feed.Body, feed.EntityTag, feed.LastModified, options.Value.CacheMaxAgeSeconds);
        });

    public Task<IApiResult> GetSessionEventAsync(HttpRequest request, string courseId, string date) =>
        ApiExecution.RunAsync(request, logger, async cancellationToken =>
        {
            if (!CourseId.IsValid(courseId)) return ApiProblems.InvalidCourseId();
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sessionDate))
                return ApiProblems.InvalidSessionDate();
            var schedule = await store.GetScheduleAsync(courseId, cancellationToken);
            if (schedule is null) return ApiProblems.CourseNotFound(courseId);
            var session = schedule.Sessions.FirstOrDefault(s => s.Session.Date == sessionDate);
            if (session is null) return ApiProblems.SessionNotFound(courseId, sessionDate);
            var body = Encoding.UTF8.GetBytes(writer.WriteEvent(schedule, session, PublicUrls.ApiBase(request, options.Value)));
            return ApiResult.Calendar(body, entityTag: null, schedule.ModifiedAt, options.Value.CacheMaxAgeSeconds);
        });
}
