using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http.Cors;
using CourseFunctions.Http.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CourseFunctions.Functions;

/// <summary>
/// A course's webhooks (the shared <see cref="WebhooksApi"/> checks the caller: the routes are Anonymous at the host), their
/// preflights, the timer that turns the outbox into queued deliveries, and the queue-triggered sender of deliveries. A
/// delivery that throws (storage down) goes back to the queue; the host retries it.
/// </summary>
public sealed class WebhookFunctions(WebhooksApi api, WebhookSender sender, NoticeDispatcher dispatcher, CorsPolicy cors, ILogger<WebhookFunctions> logger)
{
    [Function(nameof(CreateWebhook))]
    public async Task<IActionResult> CreateWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Webhooks)] HttpRequest request, string courseId) =>
        await api.CreateAsync(request, courseId);

    [Function(nameof(ListWebhooks))]
    public async Task<IActionResult> ListWebhooks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Webhooks)] HttpRequest request, string courseId) =>
        await api.ListAsync(request, courseId);

    [Function(nameof(DeleteWebhook))]
    public async Task<IActionResult> DeleteWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Webhook)] HttpRequest request, string courseId, string webhookId) =>
        await api.DeleteAsync(request, courseId, webhookId);

    [Function(nameof(UpdateWebhook))]
    public async Task<IActionResult> UpdateWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = ApiRoutes.Webhook)] HttpRequest request, string courseId, string webhookId) =>
        await api.UpdateAsync(request, courseId, webhookId);

    [Function(nameof(PreflightWebhooks))]
    public IActionResult PreflightWebhooks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = ApiRoutes.Webhooks)] HttpRequest request, string courseId) =>
        cors.Preflight(request);

    [Function(nameof(PreflightWebhook))]
    public IActionResult PreflightWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = ApiRoutes.Webhook)] HttpRequest request, string courseId, string webhookId) =>
        cors.Preflight(request);

    /// <summary>Every minute: a notice leaves between its hold-back and a minute after it.</summary>
    [Function(nameof(DispatchNotices))]
    public async Task DispatchNotices([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var queued = await dispatcher.DispatchAsync(cancellationToken);
        if (queued > 0) logger.LogInformation("Queued {Notices} notice(s)", queued);
    }

    [Function(nameof(SendWebhookDelivery))]
    public Task SendWebhookDelivery(
        [QueueTrigger(NotificationsOptions.DefaultQueueName, Connection = CourseStorageConnection.Name)] string message,
        CancellationToken cancellationToken) =>
        sender.HandleAsync(message, cancellationToken);
}
