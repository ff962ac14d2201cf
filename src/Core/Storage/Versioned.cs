using System.Buffers.Text;
using System.Text;
using Azure;

namespace CourseFunctions.Core.Storage;

/// <summary>A stored value with its version: the row's Table Storage ETag, which changes on every write.</summary>
public sealed record Versioned<T>(T Value, string Version);

/// <summary>
/// Precondition of a write, from HTTP If-Match / If-None-Match. Storage checks it atomically with the
/// write, so of two editors holding the same version exactly one succeeds.
/// </summary>
public sealed record WriteCondition
{
    /// <summary>The version the writer last read, or "*" for any existing row.</summary>
    public string? IfMatch { get; init; }

    /// <summary>Create only: the row must not exist yet.</summary>
    public bool IfNoneExists { get; init; }

    public static WriteCondition Matching(string version) => new() { IfMatch = version };

    public static readonly WriteCondition CreateOnly = new() { IfNoneExists = true };
}

/// <summary>The row changed (or appeared, or vanished) since the writer read it.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);

/// <summary>HTTP entity tags are opaque tokens; these carry the Table ETag so a write can hand it back to storage.</summary>
public static class VersionTokens
{
    public static string FromETag(ETag etag) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(etag.ToString()));

    public static ETag? ToETag(string token)
    {
        if (token == "*") return ETag.All;
        try
        {
            return new ETag(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
