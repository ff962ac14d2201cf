using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Api;

/// <summary>
/// Short-lived links an instructor's client uploads a slide deck to, straight into the slides container: the PDF
/// never passes through the API. The indexer picks it up from there.
/// </summary>
public sealed partial class UploadLinkApi(
    ICourseStore store,
    AuditLog audit,
    BlobServiceClient blobs,
    BlobLinks links,
    CourseAuthorization authorization,
    IOptions<SlidesOptions> slideOptions)
{
    private static readonly TimeSpan UploadLinkLifetime = TimeSpan.FromMinutes(15);

    [GeneratedRegex(@"\A(?!.*\.\.)(?!.*//)[A-Za-z0-9][A-Za-z0-9._ /-]{0,180}\.pdf\z", RegexOptions.IgnoreCase)]
    private static partial Regex SlideName();

    public Task<IApiResult> CreateUploadUrlAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var name = request.Query["name"].ToString();
        if (!SlideName().IsMatch(name))
            return ApiResult.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = ["Give a file name ending in .pdf, optionally in sub-folders, e.g. 2025-01-24-lazy-training.pdf; no '..'."],
            });
        if (await store.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);

        var blob = blobs.GetBlobContainerClient(slideOptions.Value.ContainerName).GetBlobClient($"{courseId}/{name}");
        var (link, expiresAt) = await links.SignAsync(blob, BlobSasPermissions.Create | BlobSasPermissions.Write, UploadLinkLifetime, null, cancellationToken);
        await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "slides.upload-url", blob.Name, cancellationToken);
        return ApiResult.Private(new UploadLinkResponse(blob.Name, link.AbsoluteUri, "PUT",
            new Dictionary<string, string> { ["x-ms-blob-type"] = "BlockBlob", ["Content-Type"] = "application/pdf" }, expiresAt));
    });
}
