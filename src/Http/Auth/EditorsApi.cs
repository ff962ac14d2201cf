using System.Text.RegularExpressions;
using CourseFunctions.Core.Editors;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Auth;

/// <summary>
/// The operator's management of a course's editors: create one (its token is in the answer, once) or a trusted
/// publisher (a GitHub repository and ref or environment, no token), list them (never a token), revoke one. Editors
/// themselves get 403 here: an editor cannot make more editors.
/// </summary>
public sealed partial class EditorsApi(
    CourseAuthorization authorization, EditorStore editors, ICourseStore courses, AuditLog audit, GitHubTokens github, TimeProvider time)
{
    /// <summary>Enough for a department's course team; bounds the partition read on every trusted-publisher check.</summary>
    public const int MaxEditorsPerCourse = 100;

    private const int MaxNameLength = 100;

    public Task<IApiResult> CreateAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
        {
            var cancellationToken = call.CancellationToken;
            var (write, problem) = await RequestBodies.ReadJsonAsync<EditorWrite>(request, cancellationToken);
            if (problem is not null) return problem;
            var errors = new Dictionary<string, string[]>();
            var name = write!.Name?.Trim() ?? "";
            if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
                errors["name"] = [$"Give the editor's name, 1 to {MaxNameLength} characters, e.g. \"Ada (TA)\": the audit log records it."];
            var publisher = write.GitHub is null ? null : ReadPublisher(write.GitHub, errors);
            if (errors.Count > 0) return ApiResult.ValidationProblem(errors);
            if (publisher is not null && !github.IsEnabled)
                return ApiResult.Problem(StatusCodes.Status409Conflict, "Trusted publishing is off",
                    "This API accepts no GitHub tokens until its operator sets Auth:GitHubAudience (docs/ci-publishing.md).");
            if (await courses.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);
            if ((await editors.ListAsync(courseId, cancellationToken)).Count >= MaxEditorsPerCourse)
                return ApiResult.Problem(StatusCodes.Status409Conflict, "Too many editors",
                    $"A course has at most {MaxEditorsPerCourse} editors. Revoke one first: DELETE /api/courses/{courseId}/editors/{{editorId}}.");

            var editorId = EditorTokens.NewEditorId();
            var token = publisher is null ? EditorTokens.New(courseId, editorId) : null;
            var editor = new CourseEditor(courseId, editorId, name, time.GetUtcNow(), token is null ? null : EditorTokens.Hash(token), publisher);
            await editors.AddAsync(editor, cancellationToken);
            await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "editor.add", $"{editorId} ({name})", cancellationToken);
            return ApiResult.Private(ToResponse(editor) with { Token = token }, StatusCodes.Status201Created);
        });

    public Task<IApiResult> ListAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
        {
            var cancellationToken = call.CancellationToken;
            if (await courses.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);
            var list = await editors.ListAsync(courseId, cancellationToken);
            return ApiResult.Private(new EditorListResponse(courseId, [.. list.Select(ToResponse)]));
        });

    public Task<IApiResult> RevokeAsync(HttpRequest request, string courseId, string editorId) =>
        authorization.ForCourseAsync(request, courseId, Access.Operator, async call =>
        {
            var cancellationToken = call.CancellationToken;
            if (!EditorTokens.IsEditorId(editorId) || !await editors.DeleteAsync(courseId, editorId, cancellationToken))
                return ApiResult.Problem(StatusCodes.Status404NotFound, "Editor not found",
                    $"Course '{courseId}' has no editor '{editorId}'. GET /api/courses/{courseId}/editors lists them.");
            await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "editor.revoke", editorId, cancellationToken);
            return ApiResult.NoContent();
        });

    private static EditorResponse ToResponse(CourseEditor editor) => new(editor.Id, editor.Name, editor.CreatedAt)
    {
        GitHub = editor.GitHub is { } publisher
            ? new GitHubPublisherResponse(publisher.Repository, publisher.Ref, publisher.Environment, publisher.RepositoryId)
            : null,
    };

    /// <summary>A trusted publisher as GitHub names it in its tokens' claims, or the errors of each field.</summary>
    private static GitHubPublisher? ReadPublisher(GitHubPublisherWrite write, Dictionary<string, string[]> errors)
    {
        var repository = write.Repository?.Trim() ?? "";
        if (!RepositoryName().IsMatch(repository))
            errors["github.repository"] = ["Give the repository as owner/name, e.g. teacher/teacher.github.io."];
        var reference = Blank(write.Ref);
        var environment = Blank(write.Environment);
        if (reference is not null
            && (!reference.StartsWith("refs/", StringComparison.Ordinal) || reference.Length > 255 || reference.Any(c => char.IsControl(c) || c == ' ')))
            errors["github.ref"] = ["Give the full ref the workflow runs on, e.g. refs/heads/main."];
        if (environment is not null && (environment.Length > 255 || environment.Any(char.IsControl)))
            errors["github.environment"] = ["Give the name of the GitHub environment the job uses, at most 255 characters."];
        if (reference is null && environment is null)
            errors["github"] =
                ["Give the ref (e.g. refs/heads/main) or the environment the publishing job runs in: any branch of the repository would do otherwise."];
        return errors.Keys.Any(key => key.StartsWith("github", StringComparison.Ordinal)) ? null : new GitHubPublisher(repository, reference, environment);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>GitHub's owner (letters, digits, hyphens, at most 39) and repository names (letters, digits, '.', '_', '-').</summary>
    [GeneratedRegex(@"\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}\z")]
    private static partial Regex RepositoryName();
}
