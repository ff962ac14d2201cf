using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CourseFunctions.Http.Api;

/// <summary>
/// The public read API of courses, written once for both hosts: each GET is served from the read model's finished
/// bodies, and HEAD gets the same headers without the body. The writes are <see cref="CourseEditingApi"/>'s.
/// </summary>
public sealed class CourseApi(ICourseStore store, ReadModelServing serving, ApiExecution execution, ILogger<CourseApi> logger)
{
    /// <summary>A liveness probe answers within a second, whatever storage does.</summary>
    private static readonly TimeSpan HealthDeadline = TimeSpan.FromSeconds(1);

    public Task<IApiResult> GetHealthAsync(HttpRequest request) => execution.RunAsync(request, async call =>
    {
        try
        {
            await store.CheckHealthAsync(call.CancellationToken);
        }
        catch (Exception error) when (StorageFailure.IsOrTimedOut(error) && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Health check: storage did not answer ({Error})", error.Message);
            return ApiProblems.StorageUnavailable();
        }
        return ApiResult.Json(new HealthResponse("healthy"), maxAgeSeconds: 0);
    }, HealthDeadline);

    public Task<IApiResult> ListCoursesAsync(HttpRequest request) => execution.RunAsync(request, serving.ServeCatalogAsync);

    public Task<IApiResult> GetCourseAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => serving.ServeAsync(call, courseId, bodies => bodies.Course));

    public Task<IApiResult> GetScheduleAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => serving.ServeAsync(call, courseId, bodies => bodies.Schedule));
}
