namespace CourseFunctions.Core.Notifications;

/// <summary>
/// A course's webhook, with what its deliveries did last. The secret is kept because signing needs it
/// (an HMAC key cannot be stored hashed); the API shows it once, when the webhook is created.
/// </summary>
public sealed record Webhook(string CourseId, string Id, Uri Url, WebhookFormat Format, string Secret, DateTimeOffset CreatedAt)
{
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When the last attempt that failed was made, and what went wrong.</summary>
    public DateTimeOffset? LastFailureAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>When a delivery last gave up after its last attempt. A later success ends the failed status.</summary>
    public DateTimeOffset? FailedAt { get; init; }

    public WebhookStatus Status => FailedAt >= (LastSuccessAt ?? DateTimeOffset.MinValue) ? WebhookStatus.Failed
        : LastFailureAt >= (LastSuccessAt ?? DateTimeOffset.MinValue) ? WebhookStatus.Retrying
        : LastSuccessAt is not null ? WebhookStatus.Delivering
        : WebhookStatus.Idle;
}

/// <summary>What a webhook's deliveries did last.</summary>
public enum WebhookStatus
{
    /// <summary>Nothing was sent to it yet.</summary>
    Idle,

    /// <summary>The last delivery succeeded.</summary>
    Delivering,

    /// <summary>The last attempt failed; it will be tried again.</summary>
    Retrying,

    /// <summary>A delivery gave up after its last attempt.</summary>
    Failed,
}
