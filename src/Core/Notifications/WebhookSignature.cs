using System.Security.Cryptography;
using System.Text;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// The headers of a signed delivery, as Standard Webhooks specifies them: the message id (the same on every retry),
/// the Unix time of the attempt, and "v1," plus the base64 HMAC-SHA256 of "{id}.{timestamp}.{body}".
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecret.KeyOf(secret), signed));
    }
}
