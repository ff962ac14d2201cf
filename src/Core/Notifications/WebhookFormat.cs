namespace CourseFunctions.Core.Notifications;

/// <summary>The payload shape a webhook receives: Standard Webhooks JSON, or a chat service's incoming-webhook message.</summary>
public enum WebhookFormat
{
    Standard,
    Slack,
    Discord,
    Teams,
}
