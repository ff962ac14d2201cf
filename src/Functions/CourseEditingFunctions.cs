using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>
/// A course's writes: its fields and the import of its page. Anonymous at the host, so that editors' Bearer tokens
/// reach the shared <see cref="CourseEditingApi"/>, which checks them and the operator key (docs/security.md).
/// </summary>
public sealed class CourseEditingFunctions(CourseEditingApi api)
{
    [Function(nameof(PutCourse))]
    public async Task<IActionResult> PutCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Course)] HttpRequest request, string courseId) =>
        await api.PutCourseAsync(request, courseId);

    [Function(nameof(ImportCourse))]
    public async Task<IActionResult> ImportCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Import)] HttpRequest request, string courseId) =>
        await api.ImportAsync(request, courseId);
}
