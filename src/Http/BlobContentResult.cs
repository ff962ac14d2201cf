using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CourseFunctions.Core.Courses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http;

/// <summary>
/// Streams a deck's bytes from Blob Storage to the client without buffering it, as PDF viewers expect: ETag
/// (the content's SHA-256), Last-Modified, conditional GET and HEAD, and a single byte Range (206, If-Range, 416)
/// read from storage as a range. Used where no user-delegation SAS can be issued (Azurite with its account key);
/// in Azure the API redirects instead, and Blob Storage answers ranges itself.
/// </summary>
public sealed class BlobContentResult(BlobClient blob, SlideMaterial material) : IApiResult
{
    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var entityTag = material.Sha256 ?? material.Id;
        var lastModified = material.UpdatedAt;
        response.Headers.ETag = EntityTag.Format(entityTag);
        response.GetTypedHeaders().LastModified = lastModified;
        response.Headers.CacheControl = "private, max-age=300";
        response.Headers.AcceptRanges = "bytes";
        response.Headers.XContentTypeOptions = "nosniff";
        switch (ConditionalRequest.Evaluate(request, entityTag, lastModified))
        {
            case ConditionalRequest.Outcome.NotModified:
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            case ConditionalRequest.Outcome.PreconditionFailed:
                response.StatusCode = StatusCodes.Status412PreconditionFailed;
                return;
        }

        var range = ConditionalRequest.RangeOf(request, material.Size, entityTag, lastModified);
        if (range == ByteRange.Unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = range.ContentRange(material.Size);
            return;
        }
        BlobDownloadStreamingResult download;
        try
        {
            // Only the version that was indexed (and whose hash is the ETag) is served: a newer upload is being indexed.
            download = (await blob.DownloadStreamingAsync(new BlobDownloadOptions
            {
                Range = range is null ? default : new HttpRange(range.Start, range.Length),
                Conditions = material.BlobETag is { } etag ? new BlobRequestConditions { IfMatch = new ETag(etag) } : null,
            }, httpContext.RequestAborted)).Value;
        }
        catch (RequestFailedException error) when (error.Status is StatusCodes.Status404NotFound or StatusCodes.Status412PreconditionFailed)
        {
            response.Headers.Remove(HeaderNames.ETag);
            response.Headers.Remove(HeaderNames.LastModified);
            await ApiProblems.MaterialReplaced(material.CourseId, material.Id).ExecuteAsync(httpContext);
            return;
        }
        await using var content = download.Content;
        response.StatusCode = range is null ? StatusCodes.Status200OK : StatusCodes.Status206PartialContent;
        if (range is not null) response.Headers.ContentRange = range.ContentRange(material.Size);
        response.ContentType = "application/pdf";
        response.ContentLength = download.Details.ContentLength;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = material.FileName }.ToString();
        if (HttpMethods.IsHead(request.Method)) return;
        await content.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
