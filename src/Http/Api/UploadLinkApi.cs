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

    public Task<IApiResult> CreateUploadUrlAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var name = request.Query["name"].ToString();
        if (!SlideName().IsMatch(name))
            return ApiResult.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = ["Give a file name ending in .pdf, optionally in sub-folders, e.g. 2025-01-24-lazy-training.pdf; no '..'."],
            });
        var publishAtText = request.Query[PublishTime.MetadataKey].ToString();
        DateTimeOffset publishAt = default;
        if (publishAtText.Length > 0 && !PublishTime.TryParse(publishAtText, out publishAt))
            return ApiResult.ValidationProblem(new Dictionary<string, string[]>
            {
                [PublishTime.MetadataKey] = ["Give the time the deck becomes public in ISO 8601 with its zone, e.g. 2025-01-24T08:00:00Z."],
            });
        if (await store.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);

        var blob = blobs.GetBlobContainerClient(slideOptions.Value.ContainerName).GetBlobClient($"{courseId}/{name}");
        var (link, expiresAt) = await links.SignAsync(blob, BlobSasPermissions.Create | BlobSasPermissions.Write, UploadLinkLifetime, null, cancellationToken);
        await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "slides.upload-url", blob.Name, cancellationToken);
        var headers = new Dictionary<string, string> { ["x-ms-blob-type"] = "BlockBlob", ["Content-Type"] = "application/pdf" };
        // The upload sets the blob's metadata from this header; the indexer reads it from there, as it does az's --metadata.
        if (publishAtText.Length > 0)
            headers["x-ms-meta-" + PublishTime.MetadataKey] =
                publishAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return ApiResult.Private(new UploadLinkResponse(blob.Name, link.AbsoluteUri, "PUT", headers, expiresAt));
    });
}
