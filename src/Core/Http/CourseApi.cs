using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Http;

/// <summary>
/// The read API, written once for both hosts: validates input, reads the store, maps to the JSON
/// contract, and turns every failure into problem+json. Storage errors never reach the client.
/// </summary>
public sealed class CourseApi(ICourseStore store, IOptions<ApiOptions> options, ILogger<CourseApi> logger)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(5);

    private int MaxAge => options.Value.CacheMaxAgeSeconds;

    public Task<IApiResult> GetHealthAsync(HttpRequest request) => Guard(request, async cancellationToken =>
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HealthTimeout);
        try
        {
            await store.CheckHealthAsync(timeout.Token);
        }
        catch (Exception error) when ((StorageFailure.Is(error) || error is OperationCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "Health check: storage did not answer");
            return ApiProblems.StorageUnavailable();
        }
        return ApiResult.Json(new HealthResponse("healthy"), maxAgeSeconds: 0);
    });

    public Task<IApiResult> ListCoursesAsync(HttpRequest request) => Guard(request, async cancellationToken =>
    {
        var baseUrl = PublicUrls.ApiBase(request, options.Value);
        var courses = await store.ListCoursesAsync(cancellationToken);
        var summaries = courses.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => ApiMapping.ToSummary(c, baseUrl)).ToList();
        return ApiResult.Json(new CourseListResponse(summaries), MaxAge);
    });

    public Task<IApiResult> GetCourseAsync(HttpRequest request, string courseId) => Guard(request, async cancellationToken =>
    {
        if (!CourseId.IsValid(courseId)) return ApiProblems.InvalidCourseId();
        // The ETag is the course's stored version, so that an editor can send it back in If-Match.
        var course = await store.GetCourseVersionAsync(courseId, cancellationToken);
        return course is null
            ? ApiProblems.CourseNotFound(courseId)
            : ApiResult.Json(ApiMapping.ToResponse(course.Value, PublicUrls.ApiBase(request, options.Value)), MaxAge, entityTag: course.Version);
    });

    public Task<IApiResult> GetScheduleAsync(HttpRequest request, string courseId) => Guard(request, async cancellationToken =>
    {
        if (!CourseId.IsValid(courseId)) return ApiProblems.InvalidCourseId();
        var schedule = await store.GetScheduleAsync(courseId, cancellationToken);
        return schedule is null
            ? ApiProblems.CourseNotFound(courseId)
            : ApiResult.Json(ApiMapping.ToResponse(schedule, PublicUrls.ApiBase(request, options.Value)), MaxAge);
    });

    private Task<IApiResult> Guard(HttpRequest request, Func<CancellationToken, Task<IApiResult>> handler) =>
        ApiExecution.RunAsync(request, logger, handler);
}
