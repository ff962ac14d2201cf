using CourseFunctions.Http;
using CourseFunctions.Http.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>The operator's management of course editors; <see cref="EditorsApi"/> checks the operator key itself.</summary>
public sealed class EditorFunctions(EditorsApi api)
{
    [Function(nameof(CreateEditor))]
    public async Task<IActionResult> CreateEditor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Editors)] HttpRequest request, string courseId) =>
        await api.CreateAsync(request, courseId);

    [Function(nameof(ListEditors))]
    public async Task<IActionResult> ListEditors(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Editors)] HttpRequest request, string courseId) =>
        await api.ListAsync(request, courseId);

    [Function(nameof(RevokeEditor))]
    public async Task<IActionResult> RevokeEditor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", "options", Route = ApiRoutes.Editor)] HttpRequest request, string courseId, string editorId) =>
        await api.RevokeAsync(request, courseId, editorId);
}
