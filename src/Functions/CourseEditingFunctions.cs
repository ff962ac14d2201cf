using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>
/// A course's writes: its fields, the import of its page, and its removal (the operator's). Anonymous at the host, so that editors' Bearer tokens
/// reach the shared <see cref="CourseEditingApi"/>, which checks them and the operator key (docs/security.md).
/// </summary>
public sealed class CourseEditingFunctions(CourseEditingApi api)
{
    [Function(nameof(PutCourse))]
    public async Task<IActionResult> PutCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Course)] HttpRequest request, string courseId) =>
        await api.PutCourseAsync(request, courseId);

    [Function(nameof(DeleteCourse))]
    public async Task<IActionResult> DeleteCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Course)] HttpRequest request, string courseId) =>
        await api.DeleteCourseAsync(request, courseId);

    [Function(nameof(ImportCourse))]
    public async Task<IActionResult> ImportCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Import)] HttpRequest request, string courseId) =>
        await api.ImportAsync(request, courseId);
}
