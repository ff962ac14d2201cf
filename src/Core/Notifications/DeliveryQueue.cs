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
    /// <summary>
    /// Receptions of one message before it is set aside in the poison queue: host.json's <c>maxDequeueCount</c> for the
    /// Functions host, which the DevServer's loop follows too.
    /// </summary>
    public const int MaxDequeueCount = 5;

    /// <summary>The Functions host's convention: the queue's name and <c>-poison</c>.</summary>
    public const string PoisonSuffix = "-poison";

    private readonly QueueClient _queue = service.GetQueueClient(options.Value.QueueName);
    private readonly QueueClient _poison = service.GetQueueClient(options.Value.QueueName + PoisonSuffix);

    public string PoisonQueueName => _poison.Name;

    public Task CreateIfMissingAsync(CancellationToken cancellationToken) => _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    public Task SendAsync(DeliveryMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        _queue.SendMessageAsync(message.ToJson(), visibilityTimeout: delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);

    /// <summary>Up to <paramref name="max"/> messages, hidden from other readers for <paramref name="visibility"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken) =>
        (await _queue.ReceiveMessagesAsync(max, visibility, cancellationToken)).Value;

    public Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);

    /// <summary>
    /// Sets a message aside, as the Functions host does with one it could not handle <see cref="MaxDequeueCount"/>
    /// times: copied to the poison queue, where it stays for a person to look at, then deleted here. A crash in between
    /// leaves it in both; it is moved again when it comes back.
    /// </summary>
    public async Task MoveToPoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await DeleteAsync(message, cancellationToken);
    }
}
