using CourseFunctions.Http;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>
/// The instructor's editing API. Anonymous at the host: a Bearer token would not pass the host's key check, so
/// the shared <see cref="EditingApi"/> checks the operator key and editors' tokens itself (docs/security.md).
/// </summary>
public sealed class EditingFunctions(EditingApi api)
{
    [Function(nameof(GetSession))]
    public async Task<IActionResult> GetSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.GetSessionAsync(request, courseId, date);

    [Function(nameof(PutCourse))]
    public async Task<IActionResult> PutCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Course)] HttpRequest request, string courseId) =>
        await api.PutCourseAsync(request, courseId);

    [Function(nameof(PutSession))]
    public async Task<IActionResult> PutSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.PutSessionAsync(request, courseId, date);

    [Function(nameof(PatchSession))]
    public async Task<IActionResult> PatchSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.PatchSessionAsync(request, courseId, date);

    [Function(nameof(DeleteSession))]
    public async Task<IActionResult> DeleteSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.DeleteSessionAsync(request, courseId, date);

    [Function(nameof(ImportCourse))]
    public async Task<IActionResult> ImportCourse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Import)] HttpRequest request, string courseId) =>
        await api.ImportAsync(request, courseId);

    [Function(nameof(CreateSlideUploadUrl))]
    public async Task<IActionResult> CreateSlideUploadUrl(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.UploadUrl)] HttpRequest request, string courseId) =>
        await api.CreateUploadUrlAsync(request, courseId);

    [Function(nameof(GetAudit))]
    public async Task<IActionResult> GetAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Audit)] HttpRequest request, string courseId) =>
        await api.GetAuditAsync(request, courseId);
}
