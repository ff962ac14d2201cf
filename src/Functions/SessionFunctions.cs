using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>
/// One session: a public read, and the writes. Anonymous at the host: a Bearer token would not pass the host's key
/// check, so the shared <see cref="SessionApi"/> checks the operator key and editors' tokens itself (docs/security.md).
/// </summary>
public sealed class SessionFunctions(SessionApi api)
{
    [Function(nameof(GetSession))]
    public async Task<IActionResult> GetSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.GetSessionAsync(request, courseId, date);

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
}
