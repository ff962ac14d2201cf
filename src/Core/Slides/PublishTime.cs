using System.Globalization;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// The time a deck becomes public, from the blob's metadata <c>publishAt</c> (ISO 8601 in UTC, e.g.
/// 2025-01-24T08:00:00Z), as <c>az storage blob upload --metadata publishAt=…</c> or the upload link sets it.
/// </summary>
public static class PublishTime
{
    public const string MetadataKey = "publishAt";

    /// <summary>The time, or null when the metadata gives none; an error to record when it gives one that is not a UTC time.</summary>
    public static (DateTimeOffset? At, string? Error) FromMetadata(IDictionary<string, string>? metadata)
    {
        var entry = metadata?.FirstOrDefault(pair => string.Equals(pair.Key, MetadataKey, StringComparison.OrdinalIgnoreCase));
        if (entry is not { Key: not null } found) return (null, null);
        return TryParse(found.Value, out var at)
            ? (at, null)
            // Held back rather than published: a deck with a publishing time is not meant to be public yet.
            : (null, $"publishAt '{Shown(found.Value)}' is not a UTC time in ISO 8601 (e.g. 2025-01-24T08:00:00Z); the deck is held back until it is fixed.");
    }

    /// <summary>An ISO 8601 date and time that names its zone as Z or an offset; a time without a zone is refused, not guessed.</summary>
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        at = default;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is < 17 or > 40 || !(trimmed.EndsWith('Z') || trimmed.EndsWith('z') || HasOffset(trimmed))) return false;
        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed)) return false;
        at = parsed.ToUniversalTime();
        return true;
    }

    private static bool HasOffset(string text) => text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':';

    private static string Shown(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
