using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>The calendar feed and per-session events, handed over to the shared <see cref="CalendarApi"/>.</summary>
public sealed class CalendarFunctions(CalendarApi api)
{
    [Function(nameof(GetCalendar))]
    public async Task<IActionResult> GetCalendar(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Calendar)] HttpRequest request, string courseId) =>
        await api.GetCalendarAsync(request, courseId);

    [Function(nameof(GetSessionEvent))]
    public async Task<IActionResult> GetSessionEvent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.SessionEvent)] HttpRequest request,
        string courseId,
        string date) =>
        await api.GetSessionEventAsync(request, courseId, date);
}
