using Azure.Storage.Queues.Models;
using CourseFunctions.Core.Notifications;
using Microsoft.Extensions.Options;

namespace CourseFunctions.DevServer;

/// <summary>
/// Locally, the stand-in for the queue trigger: reads the delivery queue and hands each message to the same sender.
/// A message is deleted only after the sender is done with it; if the server dies first, the message reappears
/// when its visibility timeout ends and is sent again, with the same webhook-id. Like the Functions host, a message
/// that fails on its last reception (<see cref="DeliveryQueue.MaxDequeueCount"/>), or comes back past it (the server
/// died each time it was handled), is moved to the poison queue and logged as an error, not retried forever.
/// </summary>
internal sealed class DeliveryLoop(
    DeliveryQueue queue, WebhookSender sender, IOptions<NotificationsOptions> notifications, IOptions<DevServerOptions> options,
    ILogger<DeliveryLoop> logger) : BackgroundService
{
    /// <summary>Small, so that a server dying holds few messages hidden, and not for long.</summary>
    private const int Batch = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Longer than a batch of attempts can take, so that no other reader takes a message while it is being sent.
        var visibility = TimeSpan.FromSeconds(Batch * notifications.Value.DeliveryTimeoutSeconds + 10);
        var idle = TimeSpan.FromSeconds(options.Value.DeliveryPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                foreach (var message in await queue.ReceiveAsync(Batch, visibility, stoppingToken))
                {
                    await HandleAsync(message, stoppingToken);
                    handled++;
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage down or stalled: the messages not deleted come back after their visibility timeout.
                logger.LogWarning("Deliveries not sent ({Error}: {Message}); trying again shortly", error.GetType().Name, error.Message);
            }
            if (handled == 0) await Task.Delay(idle, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > DeliveryQueue.MaxDequeueCount)
        {
            await SetAsideAsync(message, "it was received more often than it may be, each time without being done", stoppingToken);
            return;
        }
        try
        {
            await sender.HandleAsync(message.Body.ToString(), stoppingToken);
        }
        catch (Exception error) when (message.DequeueCount >= DeliveryQueue.MaxDequeueCount && !stoppingToken.IsCancellationRequested)
        {
            await SetAsideAsync(message, $"its last handling failed ({error.GetType().Name}: {error.Message})", stoppingToken);
            return;
        }
        await queue.DeleteAsync(message, stoppingToken);
    }

    private async Task SetAsideAsync(QueueMessage message, string why, CancellationToken stoppingToken)
    {
        await queue.MoveToPoisonAsync(message, stoppingToken);
        logger.LogError("Delivery message {MessageId} moved to the poison queue {Queue} after {Count} receptions: {Why}",
            message.MessageId, queue.PoisonQueueName, message.DequeueCount, why);
    }
}
