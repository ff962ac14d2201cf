using System.Text.Json;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Api;

/// <summary>
/// One session of a course: anyone may read it; the writes (PUT, PATCH, DELETE) need an editor of the course or the
/// operator (<see cref="CourseAuthorization"/>), are conditional on the version the editor read, validated field by field
/// before anything is written, visible at once in the JSON and the calendar, and recorded in the audit log.
/// </summary>
public sealed class SessionApi(ICourseStore store, ApiExecution execution, CourseAuthorization authorization, IOptions<ApiOptions> apiOptions)
{
    /// <summary>Attempts of an "If-Match: *" edit against other edits getting in first.</summary>
    private const int MaxAttempts = 12;

    private static readonly string[] PatchTypes = ["application/merge-patch+json", "application/json"];

    public Task<IApiResult> GetSessionAsync(HttpRequest request, string courseId, string date) =>
        execution.ForSessionAsync(request, courseId, date, (call, sessionDate) =>
            SessionResultAsync(call, courseId, sessionDate, StatusCodes.Status200OK, writtenVersion: null));

    public Task<IApiResult> PutSessionAsync(HttpRequest request, string courseId, string date) =>
        WriteSessionAsync(request, courseId, date, mayCreate: true, async cancellationToken =>
        {
            var (write, problem) = await RequestBodies.ReadJsonAsync<SessionWrite>(request, cancellationToken);
            return (problem is null ? _ => (write, null) : null, problem);
        });

    public Task<IApiResult> PatchSessionAsync(HttpRequest request, string courseId, string date) =>
        WriteSessionAsync(request, courseId, date, mayCreate: false, async cancellationToken =>
        {
            var (patch, problem) = await RequestBodies.ReadJsonObjectAsync(request, PatchTypes, cancellationToken);
            if (problem is not null) return (null, problem);
            // JSON merge patch (RFC 7396): the fields given replace the stored ones, null clears one.
            return (current =>
            {
                var merged = JsonSerializer.SerializeToNode(SessionWrite.From(current!.Value.Session), ApiJson.Options)!.AsObject();
                foreach (var (name, value) in patch!) merged[name] = value?.DeepClone();
                return RequestBodies.Deserialize<SessionWrite>(merged.ToJsonString());
            }, null);
        });

    public Task<IApiResult> DeleteSessionAsync(HttpRequest request, string courseId, string date) =>
        authorization.ForSessionAsync(request, courseId, date, Access.CourseEditor, async (call, sessionDate) =>
        {
            var cancellationToken = call.CancellationToken;
            var (condition, problem) = Preconditions.Read(request, mayCreate: false);
            if (problem is not null) return problem;
            if (await store.GetSessionAsync(courseId, sessionDate, cancellationToken) is null) return ApiProblems.SessionNotFound(courseId, sessionDate);
            var note = new AuditNote(call.Caller!.ToAuditActor(request), "session.delete", date);
            await store.DeleteSessionAsync(courseId, sessionDate, condition!, note, cancellationToken);
            return ApiResult.NoContent();
        });

    /// <param name="readBody">Reads the body once; what it returns makes the session's new fields from the version read.</param>
    private Task<IApiResult> WriteSessionAsync(HttpRequest request, string courseId, string date, bool mayCreate,
        Func<CancellationToken, Task<(Func<Versioned<StoredSession>?, (SessionWrite? Write, IApiResult? Problem)>? Apply, IApiResult? Problem)>> readBody) =>
        authorization.ForSessionAsync(request, courseId, date, Access.CourseEditor, async (call, sessionDate) =>
        {
            var cancellationToken = call.CancellationToken;
            var (condition, preconditionProblem) = Preconditions.Read(request, mayCreate);
            if (preconditionProblem is not null) return preconditionProblem;
            if (await store.GetCourseAsync(courseId, cancellationToken) is not { } course) return ApiProblems.CourseNotFound(courseId);
            var current = await store.GetSessionAsync(courseId, sessionDate, cancellationToken);
            if (current is null && !mayCreate) return ApiProblems.SessionNotFound(courseId, sessionDate);
            var (apply, bodyProblem) = await readBody(cancellationToken);
            if (bodyProblem is not null) return bodyProblem;
            var audit = new AuditNote(call.Caller!.ToAuditActor(request), mayCreate ? "session.put" : "session.patch", date);

            for (var attempt = 1; ; attempt++)
            {
                var (write, problem) = apply!(current);
                if (problem is not null) return problem;
                var validation = new EditValidation();
                if (validation.ToSession(sessionDate, write!, course, current?.Value.Session.Materials ?? []) is not { } session)
                    return ApiResult.ValidationProblem(validation.Errors);
                // "If-Match: *" applies the edit to the version it was made from, atomically: when another edit gets in
                // between, the edit is made again from the newer version, so both survive.
                var applied = condition!.IfMatch == "*" && current is not null ? WriteCondition.Matching(current.Version) : condition;
                try
                {
                    var version = await store.SaveSessionAsync(courseId, session, applied, audit, cancellationToken);
                    var created = current is null ? StatusCodes.Status201Created : StatusCodes.Status200OK;
                    return await SessionResultAsync(call, courseId, sessionDate, created, version);
                }
                catch (ConcurrencyConflictException) when (applied != condition && attempt < MaxAttempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
                }
                current = await store.GetSessionAsync(courseId, sessionDate, cancellationToken);
                if (current is null) return ApiProblems.SessionNotFound(courseId, sessionDate);
            }
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
}
