using CourseFunctions.Core.Representation;
using CourseFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>
/// One session: a public read, and the writes, for which the Functions host checks the function key first;
/// the shared <see cref="SessionApi"/> does the rest.
/// </summary>
public sealed class SessionFunctions(SessionApi api)
{
    [Function(nameof(GetSession))]
    public async Task<IActionResult> GetSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.GetSessionAsync(request, courseId, date);

    [Function(nameof(PutSession))]
    public async Task<IActionResult> PutSession(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.PutSessionAsync(request, courseId, date);

    [Function(nameof(PatchSession))]
    public async Task<IActionResult> PatchSession(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.PatchSessionAsync(request, courseId, date);

    [Function(nameof(DeleteSession))]
    public async Task<IActionResult> DeleteSession(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.Session)] HttpRequest request, string courseId, string date) =>
        await api.DeleteSessionAsync(request, courseId, date);
}
