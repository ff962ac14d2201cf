using CourseFunctions.Core;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Editing;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using CourseFunctions.Import;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Api;

/// <summary>
/// The instructor's writes of a whole course, for both hosts: the course's own fields, and the import of its page. An
/// editor of the course or the operator may make them; only the operator creates a course. Each write is conditional on
/// the version the editor read and recorded in the audit log.
/// </summary>
public sealed class CourseEditingApi(
    ICourseStore store,
    CourseImportService importer,
    CourseRemoval removal,
    CourseAuthorization authorization,
    IOptions<ApiOptions> apiOptions,
    IOptions<ImportOptions> importOptions)
{
    private static readonly string[] PageTypes = ["text/markdown", "text/plain"];

    public Task<IApiResult> PutCourseAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
        {
            var cancellationToken = call.CancellationToken;
            var (condition, preconditionProblem) = Preconditions.Read(request, mayCreate: true);
            if (preconditionProblem is not null) return preconditionProblem;
            if (condition!.IfNoneExists && !call.Caller!.IsOperator) return ApiProblems.Forbidden("Only the operator creates courses.");
            var (write, bodyProblem) = await RequestBodies.ReadJsonAsync<CourseWrite>(request, cancellationToken);
            if (bodyProblem is not null) return bodyProblem;

            var validation = new EditValidation();
            if (validation.ToCourse(courseId, write!) is not { } course) return ApiResult.ValidationProblem(validation.Errors);
            var version = await store.SaveCourseInfoAsync(course, condition!,
                new AuditNote(call.Caller!.ToAuditActor(request), condition!.IfNoneExists ? "course.create" : "course.replace", courseId), cancellationToken);
            var saved = await store.GetCourseAsync(courseId, cancellationToken);
            return ApiResult.Private(ApiMapping.ToResponse(saved!, call.BaseUrl),
                condition.IfNoneExists ? StatusCodes.Status201Created : StatusCodes.Status200OK, version);
        });

    /// <summary>
    /// The operator removes a whole course, on If-Match with its version (or "*"): its sessions, slides, search pages, editors
    /// and webhooks go; its audit and change rows stay, with the removal's. Several storage steps, so a longer deadline.
    /// </summary>
    public Task<IApiResult> DeleteCourseAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
    {
        var (condition, problem) = Preconditions.Read(request, mayCreate: false);
        if (problem is not null) return problem;
        var removed = await removal.RemoveAsync(courseId, condition!, new AuditNote(call.Caller!.ToAuditActor(request), "course.delete", courseId),
            call.CancellationToken);
        return removed ? ApiResult.NoContent() : ApiProblems.CourseNotFound(courseId);
    }, TimeSpan.FromSeconds(apiOptions.Value.WriteDeadlineSeconds * RemovalDeadlineFactor));

    /// <summary>A removal is a handful of writes, each within the write deadline.</summary>
    private const int RemovalDeadlineFactor = 6;

    /// <summary>The import's deadline holds its parsing budget besides the writes'.</summary>
    public Task<IApiResult> ImportAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
        {
            var cancellationToken = call.CancellationToken;
            var dryRun = request.Query["dryRun"].ToString() is "true" or "1";
            WriteCondition? condition = null;
            if (!dryRun)
            {
                var (read, problem) = Preconditions.Read(request, mayCreate: true);
                if (problem is not null) return problem;
                condition = read;
            }
            var (page, bodyProblem) = await RequestBodies.ReadTextAsync(request, RequestBodies.MaxPageBytes, PageTypes, cancellationToken);
            if (bodyProblem is not null) return bodyProblem;

            try
            {
                var group = request.Query["group"].ToString() is { Length: > 0 and <= 100 } named ? named : null;
                // "If-Match: *" means whatever is there, or nothing: the step that pushes the page from the course site's CI then
                // works on the first push as on every later one. The store checks the condition in the write, after the parse.
                var outcome = await importer.ImportAsync(page!, courseId, null, dryRun, cancellationToken, group: group,
                    condition: condition, audit: new AuditNote(call.Caller!.ToAuditActor(request), "course.import", courseId),
                    keepEdits: request.Query["keepEdits"].ToString() is "true" or "1");
                return ApiResult.Private(ImportReports.ToReport(outcome, call.BaseUrl));
            }
            catch (CoursePageException error)
            {
                return ApiProblems.InvalidBody(error.Message);
            }
        }, TimeSpan.FromSeconds(importOptions.Value.TimeBudgetSeconds + apiOptions.Value.WriteDeadlineSeconds));
}
