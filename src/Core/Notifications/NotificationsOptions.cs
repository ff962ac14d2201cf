namespace CourseFunctions.Core.Notifications;

/// <summary>Change notices and their webhooks (section <c>Notifications</c>).</summary>
public sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The queue the queue-triggered sender of Azure reads; Bicep creates it under this name.</summary>
    public const string DefaultQueueName = "webhook-deliveries";

    /// <summary>
    /// How long a change waits before its notice goes out, so that a quick correction of the same session
    /// makes one notice with the final state instead of two.
    /// </summary>
    public double HoldBackSeconds { get; set; } = 300;

    /// <summary>
    /// Lets webhooks reach private, loopback and link-local addresses. Off in Azure, where such an address would
    /// reach the platform's own services; the DevServer and the tests turn it on to reach a local receiver.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Only https webhook URLs are accepted and delivered to. Azure keeps the default; the DevServer turns it off.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Tests give each run a queue of its own. In Azure keep the default: the queue trigger's name is fixed.</summary>
    public string QueueName { get; set; } = DefaultQueueName;

    /// <summary>The table of webhook registrations (partition = course id).</summary>
    public string WebhooksTableName { get; set; } = "Webhooks";

    /// <summary>Webhooks a course may have: every notice goes to each of them.</summary>
    public int MaxWebhooksPerCourse { get; set; } = 10;

    /// <summary>Attempts of one delivery before the webhook is recorded as failed, with the last error.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait before the second attempt; each later wait doubles it, up to an hour.</summary>
    public double FirstRetrySeconds { get; set; } = 30;

    /// <summary>One delivery (connect, send, response headers) gives up after this long.</summary>
    public double DeliveryTimeoutSeconds { get; set; } = 10;

    /// <summary>Of a receiver's response, at most this many bytes are read (for the error shown in the webhook list).</summary>
    public int MaxResponseBytes { get; set; } = 4 * 1024;
}
