using System.Text.Json;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http;

/// <summary>
/// One session of a course: anyone may read it; the writes (PUT, PATCH, DELETE) need an editor of the course or the
/// operator (<see cref="CourseAuthorization"/>), are conditional on the version the editor read, validated field by field before anything is written, visible at
/// once in the JSON and the calendar, and recorded in the audit log.
/// </summary>
public sealed class SessionApi(ICourseStore store, AuditLog audit, ApiExecution execution, CourseAuthorization authorization, IOptions<ApiOptions> apiOptions, SessionCap cap)
{
    private static readonly string[] PatchTypes = ["application/merge-patch+json", "application/json"];

    public Task<IApiResult> GetSessionAsync(HttpRequest request, string courseId, string date) =>
        execution.ForSessionAsync(request, courseId, date, (call, sessionDate) =>
            SessionResultAsync(call, courseId, sessionDate, StatusCodes.Status200OK, writtenVersion: null));

    public Task<IApiResult> PutSessionAsync(HttpRequest request, string courseId, string date) =>
        WriteSessionAsync(request, courseId, date, mayCreate: true, (_, cancellationToken) => RequestBodies.ReadJsonAsync<SessionWrite>(request, cancellationToken));

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
        await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "session.delete", date, cancellationToken);
        return ApiResult.NoContent();
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
            if (current is null) await cap.EnsureRoomForOneMoreAsync(courseId, cancellationToken);

            var version = await store.SaveSessionAsync(courseId, session, condition!, cancellationToken);
            await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), mayCreate ? "session.put" : "session.patch", date, cancellationToken);
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
}
