using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// The Azure Storage queue between the dispatcher and the sender. A message stays in the queue until the sender
/// is done with it, so a server killed at any moment loses no delivery: the message reappears after its
/// visibility timeout. Retries are new messages made visible later (the backoff).
/// </summary>
public sealed class DeliveryQueue(QueueServiceClient service, IOptions<NotificationsOptions> options)
{
    private readonly QueueClient _queue = service.GetQueueClient(options.Value.QueueName);

    public Task CreateIfMissingAsync(CancellationToken cancellationToken) => _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    public Task SendAsync(DeliveryMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        _queue.SendMessageAsync(message.ToJson(), visibilityTimeout: delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);

    /// <summary>Up to <paramref name="max"/> messages, hidden from other readers for <paramref name="visibility"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken) =>
        (await _queue.ReceiveMessagesAsync(max, visibility, cancellationToken)).Value;

    public Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
}
