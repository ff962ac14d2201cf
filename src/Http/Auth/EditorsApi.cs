using CourseFunctions.Core.Editors;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Auth;

/// <summary>
/// The operator's management of a course's editors: create one (its token is in the answer, once), list them
/// (never a token), revoke one. Editors themselves get 403 here: an editor cannot make more editors.
/// </summary>
public sealed class EditorsApi(CourseAuthorization authorization, EditorStore editors, ICourseStore courses, AuditLog audit, TimeProvider time)
{
    /// <summary>Enough for a department's course team; bounds the partition read on every trusted-publisher check.</summary>
    public const int MaxEditorsPerCourse = 100;

    private const int MaxNameLength = 100;

    public Task<IApiResult> CreateAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var (write, problem) = await RequestBodies.ReadJsonAsync<EditorWrite>(request, cancellationToken);
        if (problem is not null) return problem;
        var name = write!.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
            return ApiResult.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = [$"Give the editor's name, 1 to {MaxNameLength} characters, e.g. \"Ada (TA)\": the audit log records it."],
            });
        if (await courses.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);
        if ((await editors.ListAsync(courseId, cancellationToken)).Count >= MaxEditorsPerCourse)
            return ApiResult.Problem(StatusCodes.Status409Conflict, "Too many editors",
                $"A course has at most {MaxEditorsPerCourse} editors. Revoke one first: DELETE /api/courses/{courseId}/editors/{{editorId}}.");

        var editorId = EditorTokens.NewEditorId();
        var token = EditorTokens.New(courseId, editorId);
        var editor = new CourseEditor(courseId, editorId, name, time.GetUtcNow(), EditorTokens.Hash(token), GitHub: null);
        await editors.AddAsync(editor, cancellationToken);
        await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "editor.add", $"{editorId} ({name})", cancellationToken);
        return ApiResult.Private(ToResponse(editor) with { Token = token }, StatusCodes.Status201Created);
    });

    public Task<IApiResult> ListAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
    {
        var cancellationToken = call.CancellationToken;
        if (await courses.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);
        var list = await editors.ListAsync(courseId, cancellationToken);
        return ApiResult.Private(new EditorListResponse(courseId, [.. list.Select(ToResponse)]));
    });

    public Task<IApiResult> RevokeAsync(HttpRequest request, string courseId, string editorId) => authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
    {
        var cancellationToken = call.CancellationToken;
        if (!EditorTokens.IsEditorId(editorId) || !await editors.DeleteAsync(courseId, editorId, cancellationToken))
            return ApiResult.Problem(StatusCodes.Status404NotFound, "Editor not found",
                $"Course '{courseId}' has no editor '{editorId}'. GET /api/courses/{courseId}/editors lists them.");
        await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "editor.revoke", editorId, cancellationToken);
        return ApiResult.NoContent();
    });

    private static EditorResponse ToResponse(CourseEditor editor) => new(editor.Id, editor.Name, editor.CreatedAt);
}
