using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>
/// A course's writes: its fields and the import of its page. The Functions host checks the function key (x-functions-key
/// header or code query) before these run; the shared <see cref="CourseEditingApi"/> does the rest.
/// </summary>
public sealed class CourseEditingFunctions(CourseEditingApi api)
{
    [Function(nameof(PutCourse))]
    public async Task<IActionResult> PutCourse(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Course)] HttpRequest request, string courseId) =>
        await api.PutCourseAsync(request, courseId);

    [Function(nameof(ImportCourse))]
    public async Task<IActionResult> ImportCourse(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Import)] HttpRequest request, string courseId) =>
        await api.ImportAsync(request, courseId);
}
