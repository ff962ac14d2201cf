using CourseFunctions.Core.Courses;
using Azure.Storage.Blobs;
using CourseFunctions.Core.Slides;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http;

/// <summary>
/// Streams a deck's bytes from Blob Storage to the client without buffering it. Used where no
/// user-delegation SAS can be issued (Azurite with its account key); in Azure the API redirects instead.
/// </summary>
public sealed class BlobContentResult(BlobClient blob, SlideMaterial material) : IApiResult
{
    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var etag = EntityTag.Format(material.Sha256 ?? material.Id);
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "private, max-age=300";
        if (EntityTag.IfNoneMatchHits(httpContext.Request.Headers.IfNoneMatch, material.Sha256 ?? material.Id))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var download = await blob.DownloadStreamingAsync(cancellationToken: httpContext.RequestAborted);
        await using var content = download.Value.Content;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/pdf";
        response.ContentLength = download.Value.Details.ContentLength;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = material.FileName }.ToString();
        await content.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
