using CourseFunctions.Core.Representation;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http;

/// <summary>
/// The API's entity tags, and the one parser for the headers that send them back (If-None-Match, If-Match).
/// A compressed response is another representation, so it carries the same tag with its coding appended
/// after a dot ("….br"). The opaque part is base64url or hex and never holds a dot, so the suffix cannot
/// be mistaken for part of a tag; any representation's tag names the resource's version.
/// </summary>
public static class EntityTag
{
    private static readonly string[] CodingSuffixes = ["." + ContentCodings.Brotli, "." + ContentCodings.Gzip];

    public static string Format(string opaque, string? coding = null) => coding is null ? $"\"{opaque}\"" : $"\"{opaque}.{coding}\"";

    /// <summary>
    /// Reads an If-Match or If-None-Match header: "*", or a list of tags, weak or strong, with any coding
    /// suffix removed. Null when the header is absent or not a valid list (RFC 9110 §8.8.3).
    /// </summary>
    public static EntityTagList? Parse(StringValues header)
    {
        if (StringValues.IsNullOrEmpty(header) || !EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
            return null;
        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any))) return EntityTagList.Anything;
        return new EntityTagList(false, [.. tags.Select(tag => WithoutCoding(tag.Tag.Value![1..^1]))]);
    }

    /// <summary>True when If-None-Match names this version (weak comparison, RFC 9110 §13.1.2).</summary>
    public static bool IfNoneMatchHits(StringValues ifNoneMatch, string opaque) => Parse(ifNoneMatch)?.Matches(opaque) == true;

    private static string WithoutCoding(string opaque)
    {
        foreach (var suffix in CodingSuffixes)
            if (opaque.EndsWith(suffix, StringComparison.Ordinal)) return opaque[..^suffix.Length];
        return opaque;
    }
}

/// <summary>The tags of a conditional header, without coding suffixes; <see cref="Any"/> for "*".</summary>
public sealed record EntityTagList(bool Any, IReadOnlyList<string> Versions)
{
    public static readonly EntityTagList Anything = new(true, []);

    public bool Matches(string opaque) => Any || Versions.Contains(opaque, StringComparer.Ordinal);
}
