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
    public Task<IApiResult> GetAuditAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var errors = new Dictionary<string, string[]>();
        var limitText = request.Query["limit"].ToString();
        var limit = DefaultAuditPage;
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, null, out limit) || limit is < 1 or > MaxAuditPage))
            errors["limit"] = [$"Give a whole number from 1 to {MaxAuditPage}."];
        var after = request.Query["after"].ToString();
        if (after.Length > 0 && !AuditLog.IsCursor(after))
            errors["after"] = ["Use the next link of the previous page."];
        if (errors.Count > 0) return ApiResult.ValidationProblem(errors);
        if (await store.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);

        var page = await audit.ReadPageAsync(courseId, after.Length > 0 ? after : null, limit, cancellationToken);
        var next = page.NextCursor is null ? null : ApiLinks.AuditPage(call.BaseUrl, courseId, limit, page.NextCursor);
        return ApiResult.Private(new AuditPageResponse(courseId,
            [.. page.Entries.Select(e => new AuditEntryResponse(e.At, e.Actor.Name, e.Actor.EditorId, e.Actor.Note, e.Action, e.Target))], next));
    });
}
