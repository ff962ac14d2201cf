using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http.Cors;

/// <summary>
/// CORS for the course websites, answered by the app in both hosts. In Azure the platform's CORS stays off:
/// it can list origins but cannot expose response headers, and a browser editor must read ETag and Location.
/// </summary>
public sealed partial class CorsPolicy(IOptions<CorsOptions> options)
{
    private const string AllowedMethods = "GET, HEAD, PUT, PATCH, DELETE, POST";
    private const string AllowedHeaders = $"If-None-Match, If-Modified-Since, If-Match, Content-Type, {FunctionKey.Header}, {Caller.NoteHeader}";
    private const string ExposedHeaders = "ETag, Last-Modified, Location, Retry-After";
    private const string PreflightMaxAgeSeconds = "600";

    private readonly IReadOnlySet<string> _origins = options.Value.Origins();
    private readonly bool _loopbackOnAnyPort = options.Value.AllowsLoopbackOnAnyPort;

    /// <summary>
    /// Marks the response as readable by an allowed origin. The headers go on when the response starts, so that
    /// error responses (whose handlers clear headers) carry them too and the browser can read the problem.
    /// </summary>
    public void AllowResponse(HttpContext context)
    {
        var origin = context.Request.Headers.Origin;
        var allowed = IsAllowed(origin);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
            if (allowed)
            {
                headers.AccessControlAllowOrigin = origin;
                headers.AccessControlExposeHeaders = ExposedHeaders;
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The answer to an OPTIONS request: 204, with the CORS grant when the origin is allowed. A browser reads a
    /// 204 without the grant as a refusal, which is what an unknown origin should get.
    /// </summary>
    public IApiResult Preflight(HttpRequest request)
    {
        var origin = request.Headers.Origin;
        var headers = new Dictionary<string, string>
        {
            [HeaderNames.Vary] = HeaderNames.Origin,
            [HeaderNames.Allow] = "GET, HEAD, PUT, PATCH, DELETE, POST, OPTIONS",
        };
        if (IsAllowed(origin))
        {
            headers[HeaderNames.AccessControlAllowOrigin] = origin.ToString();
            headers[HeaderNames.AccessControlAllowMethods] = AllowedMethods;
            headers[HeaderNames.AccessControlAllowHeaders] = AllowedHeaders;
            headers[HeaderNames.AccessControlMaxAge] = PreflightMaxAgeSeconds;
        }
        return ApiResult.NoContent(headers);
    }

    private bool IsAllowed(StringValues origin) =>
        origin.Count == 1 && (_origins.Contains(origin.ToString()) || (_loopbackOnAnyPort && LoopbackOrigin().IsMatch(origin.ToString())));

    /// <summary>A page served over http from this machine, with or without a port; browsers send origins lower-case.</summary>
    [GeneratedRegex(@"\Ahttp://(localhost|127\.0\.0\.1)(:[0-9]{1,5})?\z")]
    private static partial Regex LoopbackOrigin();
}
