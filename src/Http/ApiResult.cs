using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http;

/// <summary>
/// A finished response that both hosts execute the same way: the DevServer as a minimal-API
/// <see cref="IResult"/>, Azure Functions as an MVC <see cref="IActionResult"/>. Conditional GET
/// (ETag, 304, 412: <see cref="ConditionalRequest"/>), the choice of a precompressed variant and HEAD happen here, once.
/// </summary>
public sealed class ApiResult : IApiResult
{

    private ApiResult(int statusCode, RenderedBody body, string cacheControl, bool cacheable)
    {
        StatusCode = statusCode;
        Body = body;
        CacheControl = cacheControl;
        Cacheable = cacheable;
    }

    public int StatusCode { get; }
    public RenderedBody Body { get; }
    public string CacheControl { get; }

    /// <summary>Cacheable responses carry an ETag and answer a matching If-None-Match with 304.</summary>
    public bool Cacheable { get; }

    public Uri? Location { get; private init; }

    /// <summary>Headers of this response beyond those derived from its body (e.g. a preflight's CORS grant).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    /// <summary>Set when the copy is served because storage could not confirm it: how long ago storage last did.</summary>
    public TimeSpan? StaleFor { get; private init; }

    /// <param name="entityTag">A version token to send as the ETag (resources that can be edited); else the body's hash.</param>
    public static ApiResult Json<T>(T value, int maxAgeSeconds, int statusCode = StatusCodes.Status200OK, string? entityTag = null) =>
        Rendered(RenderedBody.Json(value, entityTag), maxAgeSeconds, statusCode: statusCode);

    /// <summary>A body rendered once and served from memory.</summary>
    /// <param name="staleIfErrorSeconds">How long a cache may serve it when the API cannot be reached (RFC 5861).</param>
    /// <param name="staleFor">Set when this copy is served past a failed revalidation.</param>
    public static ApiResult Rendered(RenderedBody body, int maxAgeSeconds, int staleIfErrorSeconds = 0, TimeSpan? staleFor = null,
        int statusCode = StatusCodes.Status200OK) =>
        new(statusCode, body, $"public, max-age={maxAgeSeconds}" + (staleIfErrorSeconds > 0 ? $", stale-if-error={staleIfErrorSeconds}" : ""), cacheable: true)
        {
            StaleFor = staleFor,
        };

    /// <summary>A response for one caller only, never stored by caches (write results, signed links).</summary>
    public static ApiResult Private<T>(T value, int statusCode = StatusCodes.Status200OK, string? entityTag = null) =>
        new(statusCode, RenderedBody.Plain(JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), MediaTypes.Json, entityTag), "no-store",
            cacheable: false);

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
        return new ApiResult(StatusCodes.Status400BadRequest, ProblemBody(problem), "no-store", cacheable: false);
    }

    public static ApiResult Problem(int statusCode, string title, string detail, IReadOnlyDictionary<string, string>? headers = null) =>
        new(statusCode, ProblemBody(new ProblemDetails { Status = statusCode, Title = title, Detail = detail, Type = ProblemTypes.For(statusCode) }),
            "no-store", cacheable: false)
        {
            Headers = headers ?? new Dictionary<string, string>(),
        };

    private static RenderedBody ProblemBody(ProblemDetails problem) =>
        RenderedBody.Plain(JsonSerializer.SerializeToUtf8Bytes(problem, problem.GetType(), ApiJson.Options), MediaTypes.Problem);

    public static ApiResult NoContent(IReadOnlyDictionary<string, string>? headers = null) =>
        new(StatusCodes.Status204NoContent, RenderedBody.Plain([], ""), "no-store", cacheable: false) { Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>A 302 to a short-lived URL; never cached, since the URL expires.</summary>
    public static ApiResult Redirect(Uri location) =>
        new(StatusCodes.Status302Found, RenderedBody.Plain([], MediaTypes.Json), "no-store", cacheable: false) { Location = location };

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

        string? coding = null;
        if (!Cacheable && Body.EntityTag.Length > 0) response.Headers.ETag = EntityTag.Format(Body.EntityTag);
        if (Cacheable)
        {
            coding = Body.Compressible ? ContentCoding.Choose(request.Headers.AcceptEncoding) : null;
            response.Headers.ETag = EntityTag.Format(Body.EntityTag, coding);
            if (Body.Compressible) response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            if (Body.LastModified is { } lastModified) response.GetTypedHeaders().LastModified = lastModified;
            if (StaleFor is { } stale) MarkStale(response, stale);
            switch (ConditionalRequest.Evaluate(request, Body.EntityTag, Body.LastModified))
            {
                case ConditionalRequest.Outcome.NotModified:
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                case ConditionalRequest.Outcome.PreconditionFailed:
                    response.StatusCode = StatusCodes.Status412PreconditionFailed;
                    return;
            }
        }

        var bytes = Body.For(coding);
        if (Body.ContentType.Length > 0) response.ContentType = Body.ContentType;
        if (coding is not null) response.Headers.ContentEncoding = coding;
        if (StatusCode != StatusCodes.Status204NoContent) response.ContentLength = bytes.Length;
        // HEAD (RFC 9110 §9.3.2): the headers GET would send, and no body. A 204 has none either, and Kestrel refuses
        // even an empty write to one, which ends the connection under the client's next request.
        if (HttpMethods.IsHead(request.Method) || bytes.Length == 0) return;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    /// <summary>
    /// Says that storage could not confirm this copy: Age is how long ago it last did, and Cache-Status
    /// (RFC 9211) names the copy a hit served stale because revalidation failed.
    /// </summary>
    private static void MarkStale(HttpResponse response, TimeSpan stale)
    {
        var seconds = ((long)stale.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers.Age = seconds;
        response.Headers["Cache-Status"] = $"CourseFunctions; hit; ttl=-{seconds}; detail=stale-if-error";
    }
}
