using System.Globalization;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http;

/// <summary>What a handler is given: the request, the API's public base URL, and a token that ends at the request's deadline.</summary>
public sealed record ApiCall(HttpRequest Request, string BaseUrl, CancellationToken CancellationToken)
{
    /// <summary>Who the request was authorised as, on the routes that need credentials (<see cref="Auth.CourseAuthorization"/>).</summary>
    public Caller? Caller { get; init; }
}

/// <summary>
/// The one preamble of every handler, in both hosts: the course-id check, the base URL, a deadline on the
/// storage work (reads 2 s, writes 5 s), and the mapping of every failure to problem+json. A storage error or
/// a deadline passed is 503 with Retry-After; nothing of storage's own text reaches the client.
/// </summary>
public sealed class ApiExecution(IOptions<ApiOptions> options, PublicUrls publicUrls, ILogger<ApiExecution> logger)
{
    public Task<IApiResult> ForCourseAsync(HttpRequest request, string courseId, Func<ApiCall, Task<IApiResult>> handler, TimeSpan? deadline = null) =>
        RunAsync(request, call => CourseId.IsValid(courseId) ? handler(call) : Task.FromResult<IApiResult>(ApiProblems.InvalidCourseId()), deadline);

    /// <summary>The preamble of the session routes: the course id, then the {date}, each with its one 400.</summary>
    public Task<IApiResult> ForSessionAsync(HttpRequest request, string courseId, string date, Func<ApiCall, DateOnly, Task<IApiResult>> handler) =>
        ForCourseAsync(request, courseId, call => TryParseDate(date, out var day)
            ? handler(call, day)
            : Task.FromResult<IApiResult>(ApiProblems.InvalidDate(date)));

    /// <param name="deadline">Overrides the method's deadline (an import, say, which parses before it writes).</param>
    public async Task<IApiResult> RunAsync(HttpRequest request, Func<ApiCall, Task<IApiResult>> handler, TimeSpan? deadline = null)
    {
        var aborted = request.HttpContext.RequestAborted;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        budget.CancelAfter(deadline ?? DeadlineOf(request));
        StorageRoundTrips.Begin();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await handler(new ApiCall(request, publicUrls.ApiBase(request), budget.Token));
        }
        catch (Exception error) when (StorageFailure.IsOrTimedOut(error) && !aborted.IsCancellationRequested)
        {
            logger.LogWarning("Storage failed or passed the deadline while serving {Method} {Path}: {Error}", request.Method, request.Path, error.Message);
            return ApiProblems.StorageUnavailable();
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.PreconditionFailed();
        }
        catch (SessionCapException error)
        {
            return ApiProblems.TooManySessions(error);
        }
        catch (StorageLimitException error)
        {
            return ApiProblems.InvalidBody(error.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Unexpected failure while serving {Path}", request.Path);
            return ApiResult.Problem(StatusCodes.Status500InternalServerError, "Internal error", "The request could not be served. It has been logged.");
        }
        finally
        {
            // Server-Timing (W3C): the handler's time, and how many storage requests it cost; a cached read costs none.
            if (!request.HttpContext.Response.HasStarted)
                request.HttpContext.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
                    $"app;dur={System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F3}, "
                    + $"storage;desc=\"{StorageRoundTrips.Counted} round trips\"");
        }
    }

    /// <summary>A session date as the API names it, yyyy-MM-dd, exactly.</summary>
    public static bool TryParseDate(string text, out DateOnly date) => WireFormats.TryParseDate(text, out date);

    private TimeSpan DeadlineOf(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
        ? TimeSpan.FromSeconds(options.Value.ReadDeadlineSeconds)
        : TimeSpan.FromSeconds(options.Value.WriteDeadlineSeconds);
}
