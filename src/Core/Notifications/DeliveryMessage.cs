using System.Text.Json;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// One queued delivery: a notice rendered for one webhook. <paramref name="MessageId"/> is the webhook-id header,
/// the same on every attempt and on a duplicate; <paramref name="Attempt"/> counts from 1.
/// </summary>
public sealed record DeliveryMessage(string CourseId, string WebhookId, string MessageId, string Body, int Attempt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null for a message this code did not write.</summary>
    public static DeliveryMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<DeliveryMessage>(text, Json)
                is { CourseId: not null, WebhookId: not null, MessageId: not null, Body: not null } message
                ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
