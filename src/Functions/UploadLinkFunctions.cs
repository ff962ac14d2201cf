using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CourseFunctions.Functions;

/// <summary>The link a slide deck is uploaded to; the shared <see cref="UploadLinkApi"/> checks the caller and makes it.</summary>
public sealed class UploadLinkFunctions(UploadLinkApi api)
{
    [Function(nameof(CreateSlideUploadUrl))]
    public async Task<IActionResult> CreateSlideUploadUrl(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.UploadUrl)] HttpRequest request, string courseId) =>
        await api.CreateUploadUrlAsync(request, courseId);
}
