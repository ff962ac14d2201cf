using CourseFunctions.Http;
using CourseFunctions.Http.Cors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>
/// CORS preflights for the routes that have no GET function to take OPTIONS as well (import, upload link, audit).
/// The other routes accept OPTIONS on their GET or DELETE function. In every case
/// <see cref="CorsMiddleware"/> answers the preflight before a function body runs.
/// </summary>
public sealed class CorsFunctions(CorsPolicy cors)
{
    [Function(nameof(PreflightImport))]
    public IActionResult PreflightImport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = ApiRoutes.Import)] HttpRequest request, string courseId) =>
        cors.Preflight(request);

    [Function(nameof(PreflightUploadUrl))]
    public IActionResult PreflightUploadUrl(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = ApiRoutes.UploadUrl)] HttpRequest request, string courseId) =>
        cors.Preflight(request);

    [Function(nameof(PreflightAudit))]
    public IActionResult PreflightAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = ApiRoutes.Audit)] HttpRequest request, string courseId) =>
        cors.Preflight(request);
}
