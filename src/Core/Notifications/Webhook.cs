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

    /// <summary>Deliveries in a row that gave up after their last attempt; a success sets it back to 0.</summary>
    public int FailedDeliveries { get; init; }

    /// <summary>
    /// When the webhook was disabled, by <see cref="NotificationsOptions.DisableAfterFailedDeliveries"/> failed deliveries
    /// in a row or by an editor; null while it is enabled. A disabled webhook is sent nothing until it is enabled again.
    /// </summary>
    public DateTimeOffset? DisabledAt { get; init; }

    public bool Disabled => DisabledAt is not null;

    public WebhookStatus Status => Disabled ? WebhookStatus.Disabled
        : FailedAt >= (LastSuccessAt ?? DateTimeOffset.MinValue) ? WebhookStatus.Failed
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

    /// <summary>Nothing is sent to it: too many deliveries in a row failed, or an editor disabled it.</summary>
    Disabled,
}
