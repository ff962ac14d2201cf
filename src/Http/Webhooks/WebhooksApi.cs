using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Webhooks;

/// <summary>
/// A course's webhooks: register one (the answer is the only time its secret is shown), list them with what their
/// deliveries did last, delete one. The operator and the course's editors may (<see cref="CourseAuthorization"/>).
/// </summary>
public sealed class WebhooksApi(
    WebhookStore webhooks, WebhookUrlRules urlRules, ICourseStore courses, AuditLog audit, CourseAuthorization authorization,
    IOptions<NotificationsOptions> options)
{
    public Task<IApiResult> CreateAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
        {
            var cancellationToken = call.CancellationToken;
            var (write, problem) = await RequestBodies.ReadJsonAsync<WebhookWrite>(request, cancellationToken);
            if (problem is not null) return problem;

            var errors = new Dictionary<string, string[]>();
            if (await urlRules.ProblemAsync(write!.Url, cancellationToken) is { } urlProblem) errors["url"] = [urlProblem];
            var format = WebhookFormat.Standard;
            if (write.Format is not null && !TryParseFormat(write.Format, out format))
                errors["format"] = ["Choose standard, slack, discord or teams."];
            if (errors.Count > 0) return ApiResult.ValidationProblem(errors);
            if (await courses.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);
            if ((await webhooks.ListAsync(courseId, cancellationToken)).Count >= options.Value.MaxWebhooksPerCourse)
                return ApiResult.Problem(StatusCodes.Status409Conflict, "Too many webhooks",
                    $"A course has at most {options.Value.MaxWebhooksPerCourse} webhooks. Delete one first.");

            var webhook = await webhooks.AddAsync(courseId, new Uri(write!.Url!), format, cancellationToken);
            await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "webhook.create", webhook.Id, cancellationToken);
            return ApiResult.Private(new CreatedWebhookResponse(webhook.Id, webhook.Url.AbsoluteUri, Name(webhook.Format), webhook.Secret, webhook.CreatedAt),
                StatusCodes.Status201Created);
        });

    public Task<IApiResult> ListAsync(HttpRequest request, string courseId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
        {
            var cancellationToken = call.CancellationToken;
            if (await courses.GetScheduleVersionAsync(courseId, cancellationToken) is null) return ApiProblems.CourseNotFound(courseId);
            var list = await webhooks.ListAsync(courseId, cancellationToken);
            return ApiResult.Private(new WebhookListResponse(courseId, [.. list.OrderBy(w => w.CreatedAt).Select(ToResponse)]));
        });

    /// <summary><c>{"disabled": false}</c> enables a webhook again (its count of failed deliveries back at 0); <c>true</c> disables it.</summary>
    public Task<IApiResult> UpdateAsync(HttpRequest request, string courseId, string webhookId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
    {
        var cancellationToken = call.CancellationToken;
        var (text, problem) = await RequestBodies.ReadTextAsync(request, RequestBodies.MaxJsonBytes, PatchTypes, cancellationToken);
        if (problem is not null) return problem;
        var (patch, invalid) = RequestBodies.Deserialize<WebhookPatch>(text!);
        if (invalid is not null) return invalid;
        if (patch!.Disabled is not { } disabled)
            return ApiResult.ValidationProblem(new Dictionary<string, string[]> { ["disabled"] = ["Give true to disable the webhook or false to enable it."] });
        if (webhookId.Length > 64 || await webhooks.SetDisabledAsync(courseId, webhookId, disabled, cancellationToken) is not { } webhook)
            return WebhookNotFound(courseId, webhookId);
        await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), disabled ? "webhook.disable" : "webhook.enable", webhookId, cancellationToken);
        return ApiResult.Private(ToResponse(webhook));
    });

    public Task<IApiResult> DeleteAsync(HttpRequest request, string courseId, string webhookId) =>
        authorization.ForCourseAsync(request, courseId, Access.CourseEditor, async call =>
        {
            var cancellationToken = call.CancellationToken;
            if (webhookId.Length > 64 || !await webhooks.DeleteAsync(courseId, webhookId, cancellationToken)) return WebhookNotFound(courseId, webhookId);
            await audit.RecordAsync(courseId, call.Caller!.ToAuditActor(request), "webhook.delete", webhookId, cancellationToken);
            return ApiResult.NoContent();
        });

    private static readonly string[] PatchTypes = ["application/merge-patch+json", "application/json"];

    private static IApiResult WebhookNotFound(string courseId, string webhookId) => ApiResult.Problem(StatusCodes.Status404NotFound, "Webhook not found",
        $"Course '{courseId}' has no webhook '{(webhookId.Length > 64 ? webhookId[..64] + "…" : webhookId)}'. "
        + $"GET /api/courses/{courseId}/webhooks lists them.");

    private static WebhookResponse ToResponse(Webhook webhook) => new(
        webhook.Id, webhook.Url.AbsoluteUri, Name(webhook.Format), webhook.CreatedAt,
        webhook.Status.ToString().ToLowerInvariant(), webhook.LastSuccessAt, webhook.LastFailureAt, webhook.LastError, webhook.FailedAt,
        webhook.Disabled, webhook.DisabledAt, webhook.FailedDeliveries);

    private static string Name(WebhookFormat format) => format.ToString().ToLowerInvariant();

    private static bool TryParseFormat(string text, out WebhookFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);
}

/// <summary>What a caller sends to enable or disable a webhook.</summary>
public sealed record WebhookPatch(bool? Disabled);

/// <summary>What a caller sends to register a webhook; <c>format</c> defaults to <c>standard</c>.</summary>
public sealed record WebhookWrite(string? Url, string? Format);

/// <summary>The answer to a registration: the only time <c>secret</c> is shown.</summary>
public sealed record CreatedWebhookResponse(string Id, string Url, string Format, string Secret, DateTimeOffset CreatedAt);

/// <summary>
/// A webhook as listed, never with its secret. <c>status</c> is "idle" (nothing sent yet), "delivering" (the last
/// delivery succeeded), "retrying" (the last attempt failed, more will follow), "failed" (a delivery gave up after
/// its last attempt; <c>lastError</c> says why) or "disabled" (<c>disabled</c>: nothing is sent to it, since
/// <c>disabledAt</c>; <c>failedDeliveries</c> counts the deliveries in a row that gave up).
/// </summary>
public sealed record WebhookResponse(
    string Id, string Url, string Format, DateTimeOffset CreatedAt, string Status,
    DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, string? LastError, DateTimeOffset? FailedAt,
    bool Disabled, DateTimeOffset? DisabledAt, int FailedDeliveries);

public sealed record WebhookListResponse(string CourseId, IReadOnlyList<WebhookResponse> Webhooks);
