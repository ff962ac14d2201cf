using System.Text.RegularExpressions;

namespace CourseFunctions.Core.Courses;

/// <summary>
/// Course ids appear in URLs and are Table Storage partition keys, so they are restricted to a
/// safe alphabet: no '/', '\', '#', '?', control characters or dots (no path traversal).
/// </summary>
public static partial class CourseId
{
    public const int MaxLength = 64;

    // \z, not $: "$" also matches before a final newline, which would let "id\n" through.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]*\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string? candidate) =>
        candidate is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(candidate);

    /// <summary>Turns a free-form name (a permalink segment, a file name) into a valid id, or null.</summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var slug = SlugChars().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-', '_');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-', '_');
        return IsValid(slug) ? slug : null;
    }

    [GeneratedRegex("[^a-z0-9_-]+")]
    private static partial Regex SlugChars();
}
