using System.Security.Cryptography;

namespace CourseFunctions.Core.Notifications;

/// <summary>A signing secret as Standard Webhooks writes it: "whsec_" and the base64 of the key's bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>32 random bytes: the spec asks for 24 to 64.</summary>
    private const int KeyBytes = 32;

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The HMAC key: the base64-decoded part after the prefix.</summary>
    public static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
