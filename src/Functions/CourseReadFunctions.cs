using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>The public read API. Each function binds its route and hands over to the shared <see cref="CourseApi"/>.</summary>
public sealed class CourseReadFunctions(CourseApi api)
{
    [Function(nameof(GetHealth))]
    public async Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Health)] HttpRequest request) =>
        await api.GetHealthAsync(request);

    [Function(nameof(ListCourses))]
    public async Task<IActionResult> ListCourses(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Courses)] HttpRequest request) =>
        await api.ListCoursesAsync(request);

    [Function(nameof(GetCourse))]
    public async Task<IActionResult> GetCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Course)] HttpRequest request, string courseId) =>
        await api.GetCourseAsync(request, courseId);

    [Function(nameof(GetSchedule))]
    public async Task<IActionResult> GetSchedule(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Schedule)] HttpRequest request, string courseId) =>
        await api.GetScheduleAsync(request, courseId);
}
