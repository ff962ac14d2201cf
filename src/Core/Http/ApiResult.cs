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
public sealed class ApiResult : IApiResult
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    /// <summary>Below this size compression costs more than it saves.</summary>
    private const int MinimumCompressedSize = 1024;

    public const string CalendarContentType = "text/calendar; charset=utf-8";
    public const string ScriptContentType = "text/javascript; charset=utf-8";

    private readonly string? _entityTag;

    private ApiResult(int statusCode, byte[] body, string contentType, string cacheControl, bool cacheable,
        bool compressible = true, DateTimeOffset? lastModified = null, string? entityTag = null)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
        CacheControl = cacheControl;
        Cacheable = cacheable;
        Compressible = compressible;
        LastModified = lastModified;
        _entityTag = entityTag;
    }

    public int StatusCode { get; }
    public byte[] Body { get; }
    public string ContentType { get; }
    public string CacheControl { get; }

    /// <summary>Cacheable responses carry an ETag and answer a matching If-None-Match with 304.</summary>
    public bool Cacheable { get; }

    /// <summary>Calendar feeds are not: one Outlook version fails to subscribe to a compressed feed.</summary>
    public bool Compressible { get; }

    public DateTimeOffset? LastModified { get; }

    public Uri? Location { get; private init; }

    /// <summary>Headers of this response beyond those derived from its body (e.g. a preflight's CORS grant).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    /// <param name="entityTag">A version token to send as the ETag (resources that can be edited); else the body's hash.</param>
    public static ApiResult Json<T>(T value, int maxAgeSeconds, int statusCode = StatusCodes.Status200OK, string? entityTag = null) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), JsonContentType,
            $"public, max-age={maxAgeSeconds}", cacheable: true, entityTag: entityTag);

    /// <summary>A response for one caller only, never stored by caches (write results, signed links).</summary>
    public static ApiResult Private<T>(T value, int statusCode = StatusCodes.Status200OK, string? entityTag = null) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), JsonContentType, "no-store",
            cacheable: false, compressible: false, entityTag: entityTag);

    /// <summary>400 with the problems of each field, as <c>errors: { "field": ["message"] }</c>.</summary>
    public static ApiResult ValidationProblem(IDictionary<string, string[]> errors)
    {
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request",
            Detail = "Some fields are not valid; nothing was written.",
            Type = ProblemTypes.For(StatusCodes.Status400BadRequest),
        };
        return new ApiResult(StatusCodes.Status400BadRequest, JsonSerializer.SerializeToUtf8Bytes(problem, ApiJson.Options), ProblemContentType,
            "no-store", cacheable: false);
    }

    /// <param name="entityTag">The body's tag, when the caller already has it (see <see cref="EntityTag.ForBody"/>).</param>
    public static ApiResult Calendar(byte[] body, string? entityTag, DateTimeOffset lastModified, int maxAgeSeconds) =>
        new(StatusCodes.Status200OK, body, CalendarContentType, $"public, max-age={maxAgeSeconds}", cacheable: true,
            compressible: false, lastModified, entityTag);

    /// <summary>A script file, compressed when the client accepts it.</summary>
    /// <param name="entityTag">The body's tag (see <see cref="EntityTag.ForBody"/>), computed once by the caller.</param>
    public static ApiResult Script(byte[] body, string entityTag, int maxAgeSeconds) =>
        new(StatusCodes.Status200OK, body, ScriptContentType, $"public, max-age={maxAgeSeconds}", cacheable: true, entityTag: entityTag);

    public static ApiResult NoContent(IReadOnlyDictionary<string, string>? headers = null) =>
        new(StatusCodes.Status204NoContent, [], "", "no-store", cacheable: false) { Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>A 302 to a short-lived URL; never cached, since the URL expires.</summary>
    public static ApiResult Redirect(Uri location) =>
        new(StatusCodes.Status302Found, [], JsonContentType, "no-store", cacheable: false) { Location = location };

    public static ApiResult Problem(int statusCode, string title, string detail)
    {
        var problem = new ProblemDetails { Status = statusCode, Title = title, Detail = detail, Type = ProblemTypes.For(statusCode) };
        return new ApiResult(statusCode, JsonSerializer.SerializeToUtf8Bytes(problem, ApiJson.Options), ProblemContentType,
            "no-store", cacheable: false);
    }

    /// <summary>If-None-Match decides when present; otherwise If-Modified-Since (RFC 9110 §13.2.2).</summary>
    private bool IsNotModified(HttpRequest request, string opaque)
    {
        if (!string.IsNullOrEmpty(request.Headers.IfNoneMatch)) return EntityTag.IfNoneMatchHits(request.Headers.IfNoneMatch, opaque);
        return LastModified is { } lastModified
            && request.GetTypedHeaders().IfModifiedSince is { } since
            && lastModified <= since;
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        foreach (var (name, value) in Headers) response.Headers.Append(name, value);
        if (Location is not null)
        {
            response.Headers.Location = Location.AbsoluteUri;
            return;
        }

        var coding = Compressible && Cacheable && Body.Length >= MinimumCompressedSize ? ContentCoding.Choose(request.Headers.AcceptEncoding) : null;
        if (!Cacheable && _entityTag is not null) response.Headers.ETag = EntityTag.Format(_entityTag);
        if (Cacheable)
        {
            var opaque = _entityTag ?? EntityTag.ForBody(Body);
            response.Headers.ETag = EntityTag.Format(opaque, coding);
            if (Compressible) response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            if (LastModified is { } lastModified) response.GetTypedHeaders().LastModified = lastModified;
            if (IsNotModified(request, opaque))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        if (ContentType.Length > 0) response.ContentType = ContentType;
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
