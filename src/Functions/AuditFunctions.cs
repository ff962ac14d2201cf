using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>A course's audit log, behind the function key; the shared <see cref="AuditApi"/> reads it.</summary>
public sealed class AuditFunctions(AuditApi api)
{
    [Function(nameof(GetAudit))]
    public async Task<IActionResult> GetAudit(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.Audit)] HttpRequest request, string courseId) =>
        await api.GetAuditAsync(request, courseId);
}
