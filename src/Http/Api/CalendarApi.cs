using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Api;

/// <summary>The calendar endpoints: the course feed students subscribe to, and one session as an event, both from the read model.</summary>
public sealed class CalendarApi(ReadModelServing serving, ApiExecution execution)
{
    public Task<IApiResult> GetCalendarAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => serving.ServeAsync(call, courseId, bodies => bodies.Calendar));

    public Task<IApiResult> GetSessionEventAsync(HttpRequest request, string courseId, string date) =>
        execution.ForSessionAsync(request, courseId, date, (call, day) =>
            serving.ServeAsync(call, courseId, bodies => bodies.Event(day), () => ApiProblems.SessionNotFound(courseId, day)));
}
