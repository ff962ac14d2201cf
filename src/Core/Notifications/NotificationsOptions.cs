using System.ComponentModel.DataAnnotations;

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
    [Range(0, 24 * 60 * 60)]
    public double HoldBackSeconds { get; set; } = 300;

    /// <summary>
    /// Lets webhooks reach private, loopback and link-local addresses. Off in Azure, where such an address would
    /// reach the platform's own services; the DevServer and the tests turn it on to reach a local receiver.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Only https webhook URLs are accepted and delivered to. Azure keeps the default; the DevServer turns it off.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// Tests give each run a queue of its own. In Azure keep the default: the queue trigger's name is fixed. At most 56
    /// characters, so that its poison queue's name (and "-poison") is a queue name too.
    /// </summary>
    [Required, RegularExpression("(?!.*--)[a-z0-9][a-z0-9-]{1,54}[a-z0-9]",
        ErrorMessage = "A queue name is 3 to 56 lower-case letters, digits and single hyphens.")]
    public string QueueName { get; set; } = DefaultQueueName;

    /// <summary>The table of webhook registrations (partition = course id).</summary>
    [Required, RegularExpression("[A-Za-z][A-Za-z0-9]{2,62}", ErrorMessage = "A table name is 3 to 63 letters and digits, starting with a letter.")]
    public string WebhooksTableName { get; set; } = "Webhooks";

    /// <summary>Webhooks a course may have: every notice goes to each of them.</summary>
    [Range(1, 1_000)]
    public int MaxWebhooksPerCourse { get; set; } = 10;

    /// <summary>Attempts of one delivery before the webhook is recorded as failed, with the last error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// Deliveries in a row that give up after their last attempt before the webhook is disabled: a receiver gone for
    /// good stops costing attempts and filling the queue. A success in between starts the count again.
    /// </summary>
    [Range(1, 1_000)]
    public int DisableAfterFailedDeliveries { get; set; } = 3;

    /// <summary>The wait before the second attempt; each later wait doubles it, up to an hour.</summary>
    [Range(0, 24 * 60 * 60)]
    public double FirstRetrySeconds { get; set; } = 30;

    /// <summary>One delivery (connect, send, response headers) gives up after this long.</summary>
    [Range(0.1, 300)]
    public double DeliveryTimeoutSeconds { get; set; } = 10;

    /// <summary>Of a receiver's response, at most this many bytes are read (for the error shown in the webhook list).</summary>
    [Range(0, 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 4 * 1024;
}
