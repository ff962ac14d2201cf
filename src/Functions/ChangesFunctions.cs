using CourseFunctions.Core.Representation;
using CourseFunctions.Http;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>A course's public change log, as JSON and as Atom, handed over to the shared <see cref="ChangesApi"/>.</summary>
public sealed class ChangesFunctions(ChangesApi api)
{
    [Function(nameof(GetChanges))]
    public async Task<IActionResult> GetChanges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Changes)] HttpRequest request, string courseId) =>
        await api.GetChangesAsync(request, courseId);

    [Function(nameof(GetChangesAtom))]
    public async Task<IActionResult> GetChangesAtom(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.ChangesAtom)] HttpRequest request, string courseId) =>
        await api.GetChangesAtomAsync(request, courseId);
}
