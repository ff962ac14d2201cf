using System.Globalization;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Api;

/// <summary>A course's audit log for its editors: who changed what, and when.</summary>
public sealed class AuditApi(ICourseStore store, AuditLog audit, CourseAuthorization authorization)
{
    private const int DefaultAuditPage = 50;
    private const int MaxAuditPage = 100;

    /// <summary>The course's audit log, newest first, a page at a time: <c>?limit=</c> (1 to 100) and the <c>next</c> link.</summary>
    public Task<IApiResult> GetAuditAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
        {
            var cancellationToken = call.CancellationToken;
            var (query, problem) = PageQuery.Read(request, DefaultAuditPage, MaxAuditPage);
            if (problem is not null) return problem;
            if (await store.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);

            var page = await audit.ReadPageAsync(courseId, query!.After, query.Limit, cancellationToken);
            var next = page.NextCursor is null ? null : ApiLinks.AuditPage(call.BaseUrl, courseId, query.Limit, page.NextCursor);
            return ApiResult.Private(new AuditPageResponse(courseId,
                [.. page.Entries.Select(e => new AuditEntryResponse(e.At, e.Actor.Name, e.Actor.EditorId, e.Actor.Note, e.Action, e.Target))], next));
        });
}
