using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Representation;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Api;

/// <summary>
/// The step every public GET of a course body shares: the read model's finished body with its cache headers,
/// or 404 without the course. The course, calendar and slides APIs each use it; none depends on another.
/// </summary>
public sealed class ReadModelServing(CourseReadModel readModel, IOptions<ApiOptions> options, IOptions<ReadModelOptions> readModelOptions)
{
    /// <summary>One of a course's bodies; 404 without the course, <paramref name="whenMissing"/> without the body.</summary>
    public async Task<IApiResult> ServeAsync(ApiCall call, string courseId, Func<CourseBodies, RenderedBody?> body, Func<IApiResult>? whenMissing = null)
    {
        var served = await readModel.GetCourseAsync(courseId, call.BaseUrl, call.CancellationToken);
        if (served is null) return ApiProblems.CourseNotFound(courseId);
        return body(served.Value) is { } found ? Serve(found, served.StaleFor) : whenMissing!();
    }

    /// <summary>The course list, from the read model's catalog.</summary>
    public async Task<IApiResult> ServeCatalogAsync(ApiCall call)
    {
        var catalog = await readModel.GetCatalogAsync(call.BaseUrl, call.CancellationToken);
        return Serve(catalog.Value.List, catalog.StaleFor);
    }

    private IApiResult Serve(RenderedBody body, TimeSpan? staleFor) =>
        ApiResult.Rendered(body, options.Value.CacheMaxAgeSeconds, readModelOptions.Value.StaleIfErrorSeconds, staleFor);
}
