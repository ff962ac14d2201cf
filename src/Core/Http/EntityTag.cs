using System.Buffers.Text;
using System.Security.Cryptography;

namespace CourseFunctions.Core.Http;

/// <summary>
/// Strong entity tags derived from the response body. A compressed response is another representation,
/// so it carries the same tag with the coding appended ("…-br"), and any of them validates the others.
/// </summary>
public static class EntityTag
{
    private static readonly string[] CodingSuffixes = ["-br", "-gzip"];

    public static string ForBody(ReadOnlySpan<byte> body) =>
        Base64Url.EncodeToString(SHA256.HashData(body)[..16]);

    public static string Format(string opaque, string? coding = null) => coding is null ? $"\"{opaque}\"" : $"\"{opaque}-{coding}\"";

    /// <summary>True when an If-None-Match header names this body (weak comparison, RFC 9110 §13.1.2).</summary>
    public static bool IfNoneMatchHits(string? ifNoneMatch, string opaque)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch)) return false;
        foreach (var raw in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "*") return true;
            var tag = raw.StartsWith("W/", StringComparison.Ordinal) ? raw[2..] : raw;
            if (tag.Length < 2 || tag[0] != '"' || tag[^1] != '"') continue;
            tag = tag[1..^1];
            foreach (var suffix in CodingSuffixes)
                if (tag.EndsWith(suffix, StringComparison.Ordinal)) tag = tag[..^suffix.Length];
            if (tag == opaque) return true;
        }
        return false;
    }
}
