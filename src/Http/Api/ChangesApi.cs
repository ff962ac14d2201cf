using CourseFunctions.Http;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Api;

/// <summary>
/// A course's change log, public: JSON newest first, a page at a time like the audit log, and the same as an Atom feed.
/// The newest page and the feed come from the read model; an older page (or another size) is read from the log.
/// </summary>
public sealed class ChangesApi(ReadModelServing serving, ICourseStore store, ICourseChangeLog changeLog, ApiExecution execution, IOptions<ApiOptions> options)
{
    private const int MaxPage = 100;

    public Task<IApiResult> GetChangesAsync(HttpRequest request, string courseId) => execution.ForCourseAsync(request, courseId, async call =>
    {
        var (query, problem) = PageQuery.Read(request, CourseReadModel.RecentChangesPage, MaxPage);
        if (problem is not null) return problem;
        if (!query!.Given) return await serving.ServeAsync(call, courseId, bodies => bodies.Changes);

        if (await store.GetCourseAsync(courseId, call.CancellationToken) is not { } course) return ApiProblems.CourseNotFound(courseId);
        var page = await changeLog.ReadPageAsync(courseId, query.After, query.Limit, call.CancellationToken);
        return ApiResult.Json(ChangeMapping.ToResponse(course, page, query.Limit, call.BaseUrl), options.Value.CacheMaxAgeSeconds);
    });

    public Task<IApiResult> GetChangesAtomAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => serving.ServeAsync(call, courseId, bodies => bodies.ChangesAtom));
}
