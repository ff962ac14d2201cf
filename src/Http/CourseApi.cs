using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http;

/// <summary>
/// The public read API, written once for both hosts: each GET is served from the read model's finished
/// bodies, and HEAD gets the same headers without the body.
/// </summary>
public sealed class CourseApi(ICourseStore store, CourseReadModel readModel, ApiExecution execution, IOptions<ApiOptions> options,
    IOptions<ReadModelOptions> readModelOptions, ILogger<CourseApi> logger)
{
    /// <summary>A liveness probe answers within a second, whatever storage does.</summary>
    private static readonly TimeSpan HealthDeadline = TimeSpan.FromSeconds(1);

    public Task<IApiResult> GetHealthAsync(HttpRequest request) => execution.RunAsync(request, async call =>
    {
        try
        {
            await store.CheckHealthAsync(call.CancellationToken);
        }
        catch (Exception error) when ((StorageFailure.Is(error) || error is OperationCanceledException) && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Health check: storage did not answer ({Error})", error.Message);
            return ApiProblems.StorageUnavailable();
        }
        return ApiResult.Json(new HealthResponse("healthy"), maxAgeSeconds: 0);
    }, HealthDeadline);

    public Task<IApiResult> ListCoursesAsync(HttpRequest request) => execution.RunAsync(request, async call =>
    {
        var catalog = await readModel.GetCatalogAsync(call.BaseUrl, call.CancellationToken);
        return Serve(catalog.Value.List, catalog.StaleFor);
    });

    public Task<IApiResult> GetCourseAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => ServeAsync(call, courseId, bodies => bodies.Course));

    public Task<IApiResult> GetScheduleAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => ServeAsync(call, courseId, bodies => bodies.Schedule));

    /// <summary>One of a course's bodies from the read model; 404 without the course, <paramref name="whenMissing"/> without the body.</summary>
    internal async Task<IApiResult> ServeAsync(ApiCall call, string courseId, Func<CourseBodies, RenderedBody?> body, Func<IApiResult>? whenMissing = null)
    {
        var served = await readModel.GetCourseAsync(courseId, call.BaseUrl, call.CancellationToken);
        if (served is null) return ApiProblems.CourseNotFound(courseId);
        return body(served.Value) is { } found ? Serve(found, served.StaleFor) : whenMissing!();
    }

    private IApiResult Serve(RenderedBody body, TimeSpan? staleFor) =>
        ApiResult.Rendered(body, options.Value.CacheMaxAgeSeconds, readModelOptions.Value.StaleIfErrorSeconds, staleFor);
}
