using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Core.Http;

/// <summary>
/// A finished response that both hosts execute the same way: the DevServer as a minimal-API
/// <see cref="IResult"/>, Azure Functions as an MVC <see cref="IActionResult"/>. Conditional GET
/// (ETag, 304) and compression happen here, once.
/// </summary>
public sealed class ApiResult : IResult, IActionResult
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    /// <summary>Below this size compression costs more than it saves.</summary>
    private const int MinimumCompressedSize = 1024;

    private ApiResult(int statusCode, byte[] body, string contentType, string cacheControl, bool cacheable)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
        CacheControl = cacheControl;
        Cacheable = cacheable;
    }

    public int StatusCode { get; }
    public byte[] Body { get; }
    public string ContentType { get; }
    public string CacheControl { get; }

    /// <summary>Cacheable responses carry an ETag and answer a matching If-None-Match with 304.</summary>
    public bool Cacheable { get; }

    public static ApiResult Json<T>(T value, int maxAgeSeconds, int statusCode = StatusCodes.Status200OK) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), JsonContentType,
            $"public, max-age={maxAgeSeconds}", cacheable: true);

    public static ApiResult Problem(int statusCode, string title, string detail)
    {
        var problem = new ProblemDetails { Status = statusCode, Title = title, Detail = detail, Type = ProblemTypes.For(statusCode) };
        return new ApiResult(statusCode, JsonSerializer.SerializeToUtf8Bytes(problem, ApiJson.Options), ProblemContentType,
            "no-store", cacheable: false);
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";

        var coding = Cacheable && Body.Length >= MinimumCompressedSize ? ContentCoding.Choose(request.Headers.AcceptEncoding) : null;
        if (Cacheable)
        {
            var opaque = EntityTag.ForBody(Body);
            response.Headers.ETag = EntityTag.Format(opaque, coding);
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (EntityTag.IfNoneMatchHits(request.Headers.IfNoneMatch, opaque))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.ContentType = ContentType;
        if (coding is null)
        {
            response.ContentLength = Body.Length;
            await response.Body.WriteAsync(Body, httpContext.RequestAborted);
            return;
        }
        response.Headers.ContentEncoding = coding;
        var compressed = ContentCoding.Compress(Body, coding);
        response.ContentLength = compressed.Length;
        await response.Body.WriteAsync(compressed, httpContext.RequestAborted);
    }
}
