using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Courses;
using CourseFunctions.Import;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http.Editing;

/// <summary>
/// The instructor's editing API, written once for both hosts; <see cref="CourseAuthorization"/> decides who may write.
/// Every write is conditional on the version the editor read, validated field by field before anything
/// is written, visible at once in the JSON and the calendar, and recorded in the audit log.
/// </summary>
public sealed partial class EditingApi(
    ICourseStore store,
    CourseImportService importer,
    AuditLog audit,
    BlobServiceClient blobs,
    BlobLinks links,
    ApiExecution execution,
    CourseAuthorization authorization,
    IOptions<ApiOptions> apiOptions,
    IOptions<ImportOptions> importerSettings,
    IOptions<SlidesOptions> slideOptions)
{
    private static readonly string[] JsonTypes = ["application/json"];
    private static readonly string[] PatchTypes = ["application/merge-patch+json", "application/json"];
    private static readonly string[] PageTypes = ["text/markdown", "text/plain"];
    private static readonly TimeSpan UploadLinkLifetime = TimeSpan.FromMinutes(15);
    private const int DefaultAuditPage = 50;
    private const int MaxAuditPage = 100;

    [GeneratedRegex(@"\A(?!.*\.\.)(?!.*//)[A-Za-z0-9][A-Za-z0-9._ /-]{0,180}\.pdf\z", RegexOptions.IgnoreCase)]
    private static partial Regex SlideName();

    public Task<IApiResult> PutCourseAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var (condition, preconditionProblem) = Preconditions.Read(request, mayCreate: true);
        if (preconditionProblem is not null) return preconditionProblem;
        if (condition!.IfNoneExists && !call.Caller!.IsOperator) return ApiProblems.Forbidden("Only the operator creates courses.");
        var (write, bodyProblem) = await RequestBodies.ReadJsonAsync<CourseWrite>(request, JsonTypes, cancellationToken);
        if (bodyProblem is not null) return bodyProblem;

        var validation = new EditValidation();
        if (validation.ToCourse(courseId, write!) is not { } course) return ApiResult.ValidationProblem(validation.Errors);
        var version = await store.SaveCourseInfoAsync(course, condition!, cancellationToken);
        await AfterWriteAsync(call, courseId, condition.IfNoneExists ? "course.create" : "course.replace", courseId, cancellationToken);
        var saved = await store.GetCourseAsync(courseId, cancellationToken);
        return ApiResult.Private(ApiMapping.ToResponse(saved!, call.BaseUrl),
            condition.IfNoneExists ? StatusCodes.Status201Created : StatusCodes.Status200OK, version);
    });

    public Task<IApiResult> GetSessionAsync(HttpRequest request, string courseId, string date) =>
        execution.ForSessionAsync(request, courseId, date, (call, sessionDate) =>
            SessionResultAsync(call, courseId, sessionDate, StatusCodes.Status200OK, writtenVersion: null));

    public Task<IApiResult> PutSessionAsync(HttpRequest request, string courseId, string date) =>
        WriteSessionAsync(request, courseId, date, mayCreate: true, async (_, cancellationToken) => await RequestBodies.ReadJsonAsync<SessionWrite>(request, JsonTypes, cancellationToken));

    public Task<IApiResult> PatchSessionAsync(HttpRequest request, string courseId, string date) =>
        WriteSessionAsync(request, courseId, date, mayCreate: false, async (current, cancellationToken) =>
        {
            var (patch, problem) = await RequestBodies.ReadJsonObjectAsync(request, PatchTypes, cancellationToken);
            if (problem is not null) return (null, problem);
            // JSON merge patch (RFC 7396): the fields given replace the stored ones, null clears one.
            var merged = JsonSerializer.SerializeToNode(SessionWrite.From(current!.Value.Session), ApiJson.Options)!.AsObject();
            foreach (var (name, value) in patch!) merged[name] = value?.DeepClone();
            return RequestBodies.Deserialize<SessionWrite>(merged.ToJsonString());
        });

    public Task<IApiResult> DeleteSessionAsync(HttpRequest request, string courseId, string date) => authorization.ForSessionAsync(request, courseId, date, Access.CourseEditor, async (call, sessionDate) =>
    {
        var cancellationToken = call.CancellationToken;
        var (condition, problem) = Preconditions.Read(request, mayCreate: false);
        if (problem is not null) return problem;
        if (await store.GetSessionAsync(courseId, sessionDate, cancellationToken) is null) return ApiProblems.SessionNotFound(courseId, sessionDate);
        await store.DeleteSessionAsync(courseId, sessionDate, condition!, cancellationToken);
        await AfterWriteAsync(call, courseId, "session.delete", date, cancellationToken);
        return ApiResult.NoContent();
    });

    /// <summary>The import's deadline holds its parsing budget besides the writes'.</summary>
    public Task<IApiResult> ImportAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
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
        if (condition is not null && await ConflictsAsync(courseId, condition, cancellationToken)) return ApiProblems.PreconditionFailed();

        try
        {
            var group = request.Query["group"].ToString() is { Length: > 0 and <= 100 } named ? named : null;
            var outcome = await importer.ImportAsync(page!, courseId, null, dryRun, cancellationToken, group: group);
            if (!dryRun) await AfterWriteAsync(call, courseId, "course.import", courseId, cancellationToken);
            return ApiResult.Private(ImportReports.ToReport(outcome, call.BaseUrl));
        }
        catch (CoursePageException error)
        {
            return ApiProblems.InvalidBody(error.Message);
        }
    }, TimeSpan.FromSeconds(importerSettings.Value.TimeBudgetSeconds + apiOptions.Value.WriteDeadlineSeconds));

    public Task<IApiResult> CreateUploadUrlAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var name = request.Query["name"].ToString();
        if (!SlideName().IsMatch(name))
            return ApiResult.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = ["Give a file name ending in .pdf, optionally in sub-folders, e.g. 2025-01-24-lazy-training.pdf; no '..'."],
            });
        if (await store.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);

        var blob = blobs.GetBlobContainerClient(slideOptions.Value.ContainerName).GetBlobClient($"{courseId}/{name}");
        var (link, expiresAt) = await links.SignAsync(blob, BlobSasPermissions.Create | BlobSasPermissions.Write, UploadLinkLifetime, null, cancellationToken);
        await AfterWriteAsync(call, courseId, "slides.upload-url", blob.Name, cancellationToken);
        return ApiResult.Private(new UploadLinkResponse(blob.Name, link.AbsoluteUri, "PUT",
            new Dictionary<string, string> { ["x-ms-blob-type"] = "BlockBlob", ["Content-Type"] = "application/pdf" }, expiresAt));
    });

    /// <summary>The course's audit log, newest first, a page at a time: <c>?limit=</c> (1 to 100) and the <c>next</c> link.</summary>
    public Task<IApiResult> GetAuditAsync(HttpRequest request, string courseId) => authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var errors = new Dictionary<string, string[]>();
        var limitText = request.Query["limit"].ToString();
        var limit = DefaultAuditPage;
        if (limitText.Length > 0 && (!int.TryParse(limitText, System.Globalization.NumberStyles.None, null, out limit) || limit is < 1 or > MaxAuditPage))
            errors["limit"] = [$"Give a whole number from 1 to {MaxAuditPage}."];
        var after = request.Query["after"].ToString();
        if (after.Length > 0 && !AuditLog.IsCursor(after))
            errors["after"] = ["Use the next link of the previous page."];
        if (errors.Count > 0) return ApiResult.ValidationProblem(errors);
        if (await store.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);

        var page = await audit.ReadPageAsync(courseId, after.Length > 0 ? after : null, limit, cancellationToken);
        var next = page.NextCursor is null ? null
            : $"{call.BaseUrl}/courses/{courseId}/audit?limit={limit}&after={page.NextCursor}";
        return ApiResult.Private(new AuditPageResponse(courseId,
            [.. page.Entries.Select(e => new AuditEntryResponse(e.At, e.Actor.Name, e.Actor.EditorId, e.Actor.Note, e.Action, e.Target))], next));
    });

    private Task<IApiResult> WriteSessionAsync(HttpRequest request, string courseId, string date, bool mayCreate,
        Func<Versioned<StoredSession>?, CancellationToken, Task<(SessionWrite? Write, IApiResult? Problem)>> readBody) =>
        authorization.ForSessionAsync(request, courseId, date, Access.CourseEditor, async (call, sessionDate) =>
        {
            var cancellationToken = call.CancellationToken;
            var (condition, preconditionProblem) = Preconditions.Read(request, mayCreate);
            if (preconditionProblem is not null) return preconditionProblem;
            if (await store.GetCourseAsync(courseId, cancellationToken) is not { } course) return ApiProblems.CourseNotFound(courseId);
            var current = await store.GetSessionAsync(courseId, sessionDate, cancellationToken);
            if (current is null && !mayCreate) return ApiProblems.SessionNotFound(courseId, sessionDate);

            var (write, bodyProblem) = await readBody(current, cancellationToken);
            if (bodyProblem is not null) return bodyProblem;
            var validation = new EditValidation();
            if (validation.ToSession(sessionDate, write!, course, current?.Value.Session.Materials ?? []) is not { } session)
                return ApiResult.ValidationProblem(validation.Errors);

            var version = await store.SaveSessionAsync(courseId, session, condition!, cancellationToken);
            await AfterWriteAsync(call, courseId, mayCreate ? "session.put" : "session.patch", date, cancellationToken);
            var created = current is null ? StatusCodes.Status201Created : StatusCodes.Status200OK;
            return await SessionResultAsync(call, courseId, sessionDate, created, version);
        });

    /// <param name="writtenVersion">After a write, the version it produced: a private, uncached answer. Null for a read.</param>
    private async Task<IApiResult> SessionResultAsync(ApiCall call, string courseId, DateOnly date, int status, string? writtenVersion)
    {
        var cancellationToken = call.CancellationToken;
        var schedule = await store.GetScheduleAsync(courseId, cancellationToken);
        if (schedule is null) return ApiProblems.CourseNotFound(courseId);
        if (ApiMapping.ToSessionResponse(schedule, date, call.BaseUrl) is not { } response) return ApiProblems.SessionNotFound(courseId, date);
        if (writtenVersion is not null) return ApiResult.Private(response, status, writtenVersion);
        var version = await store.GetSessionAsync(courseId, date, cancellationToken);
        return version is null
            ? ApiProblems.SessionNotFound(courseId, date)
            : ApiResult.Json(response, apiOptions.Value.CacheMaxAgeSeconds, entityTag: version.Version);
    }

    /// <summary>
    /// An import's precondition. "If-Match: *" means whatever is there, or nothing: the step that pushes the page
    /// from the course site's CI then works on the first push as on every later one.
    /// </summary>
    private async Task<bool> ConflictsAsync(string courseId, WriteCondition condition, CancellationToken cancellationToken)
    {
        if (condition.IfMatch == "*") return false;
        var current = await store.GetCourseVersionAsync(courseId, cancellationToken);
        return condition.IfNoneExists ? current is not null : current is null || condition.IfMatch != current.Version;
    }

    private Task AfterWriteAsync(ApiCall call, string courseId, string action, string target, CancellationToken cancellationToken) =>
        audit.RecordAsync(courseId, call.Caller!.ToAuditActor(call.Request), action, target, cancellationToken);
}

/// <summary>One page of the audit log, newest first; <c>next</c> is the URL of the older page, or null at the end.</summary>
public sealed record AuditPageResponse(string CourseId, IReadOnlyList<AuditEntryResponse> Entries, string? Next);

/// <summary>
/// When, who (the name the operator gave the editor, or "operator"; the editor's id, null for the operator), the note
/// the client sent in X-Editor (never an identity), what (e.g. session.patch) and which (e.g. a date).
/// </summary>
public sealed record AuditEntryResponse(DateTimeOffset At, string Editor, string? EditorId, string? Note, string Action, string Target);

/// <summary>Upload the PDF with <c>method</c> to <c>uploadUrl</c>, sending <c>headers</c>, before <c>expiresAt</c>.</summary>
public sealed record UploadLinkResponse(string BlobName, string UploadUrl, string Method, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);
