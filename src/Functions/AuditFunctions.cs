using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>A course's audit log; the shared <see cref="AuditApi"/> checks the caller and reads it.</summary>
public sealed class AuditFunctions(AuditApi api)
{
    [Function(nameof(GetAudit))]
    public async Task<IActionResult> GetAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Audit)] HttpRequest request, string courseId) =>
        await api.GetAuditAsync(request, courseId);
}
