using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// Handles one queued delivery, in both hosts (the queue trigger in Azure, a loop in the DevServer). A failed attempt
/// is queued again, visible after a wait that doubles each time; after the last attempt the webhook is recorded as
/// failed with the error, and disabled after enough such deliveries in a row. Deliveries to a disabled webhook are
/// dropped. Storage failures escape, so that the message stays in the queue and comes back.
/// </summary>
public sealed class WebhookSender(
    WebhookStore webhooks, DeliveryQueue queue, WebhookPoster poster, IOptions<NotificationsOptions> options, TimeProvider time,
    ILogger<WebhookSender> logger)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    public async Task HandleAsync(string text, CancellationToken cancellationToken)
    {
        if (DeliveryMessage.Parse(text) is not { } message)
        {
            logger.LogWarning("A delivery message that this code did not write was dropped: {Start}", text.Length > 100 ? text[..100] : text);
            return;
        }
        if (await webhooks.GetAsync(message.CourseId, message.WebhookId, cancellationToken) is not { } webhook)
        {
            logger.LogInformation("Webhook {WebhookId} of {CourseId} was deleted; delivery {MessageId} dropped",
                message.WebhookId, message.CourseId, message.MessageId);
            return;
        }
        if (webhook.Disabled)
        {
            logger.LogInformation("Webhook {WebhookId} of {CourseId} is disabled; delivery {MessageId} dropped",
                webhook.Id, webhook.CourseId, message.MessageId);
            return;
        }

        var error = await poster.PostAsync(webhook, message.MessageId, time.GetUtcNow().ToUnixTimeSeconds(), message.Body, cancellationToken);
        if (error is null)
        {
            await webhooks.RecordSuccessAsync(webhook, cancellationToken);
            logger.LogInformation("Delivered {MessageId} to webhook {WebhookId} of {CourseId} (attempt {Attempt})",
                message.MessageId, webhook.Id, webhook.CourseId, message.Attempt);
            return;
        }

        var gaveUp = message.Attempt >= options.Value.MaxAttempts;
        // The retry is queued before the failure is recorded: once the failure shows, the retry exists.
        if (!gaveUp) await queue.SendAsync(message with { Attempt = message.Attempt + 1 }, WaitAfter(message.Attempt), cancellationToken);
        var recorded = await webhooks.RecordFailureAsync(webhook, error, gaveUp, cancellationToken);
        if (recorded is { Disabled: true } && !webhook.Disabled)
            logger.LogWarning("Webhook {WebhookId} of {CourseId} disabled after {Failed} failed deliveries in a row (PATCH disabled: false enables it)",
                webhook.Id, webhook.CourseId, recorded.FailedDeliveries);
        logger.LogWarning("Delivery {MessageId} to webhook {WebhookId} of {CourseId} failed (attempt {Attempt} of {Max}{GaveUp}): {Error}",
            message.MessageId, webhook.Id, webhook.CourseId, message.Attempt, options.Value.MaxAttempts, gaveUp ? ", giving up" : "", error);
    }

    /// <summary>First retry after <see cref="NotificationsOptions.FirstRetrySeconds"/>, then twice as long each time, at most an hour.</summary>
    public TimeSpan WaitAfter(int attempt)
    {
        var seconds = options.Value.FirstRetrySeconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxWait.TotalSeconds));
    }
}
