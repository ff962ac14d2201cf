using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import;

/// <summary>
/// Whether a data entry (a front-matter list item, a YAML or TOML data file's entry) is a session that does not take
/// place: a flag set on it (<c>cancelled: true</c>, <c>dayoff: true</c>, <c>holiday: "Labor Day"</c>), a status or type
/// that says so (<c>status: cancelled</c>, <c>type: holiday</c>), or any of its own values that is a cancellation marker
/// (<c>noclases: "NO HAY CLASES"</c>, <c>description: "No class."</c>) whatever its key.
/// </summary>
internal static class CancelledEntry
{
    /// <summary>Flag keys, compared as <see cref="FrontMatter.Find"/> compares them (no dashes or underscores, any case).</summary>
    private static readonly string[] FlagKeys = ["cancelled", "canceled", "holiday", "dayoff", "noclass", "nolecture"];

    private static readonly string[] KindKeys = ["status", "type", "kind", "category"];

    private static readonly string[] OffKinds = ["cancelled", "canceled", "holiday", "off", "dayoff", "day off", "no class", "break"];

    public static bool Is(YamlMappingNode entry) =>
        FlagKeys.Any(key => IsSet(FrontMatter.Find(entry, key)))
        || KindKeys.Any(key => FrontMatter.Scalar(FrontMatter.Find(entry, key))?.ToLowerInvariant() is { } kind && OffKinds.Contains(kind))
        || entry.Children.Select(pair => FrontMatter.Scalar(pair.Value))
            .Any(value => value is { Length: < 200 } && !IsLink(value) && CancellationText.IsMarker(value));

    /// <summary>A link or path ("https://…/cancelled.pdf", "/slides/holiday.pdf") says nothing about the session.</summary>
    private static bool IsLink(string value) => value.Contains("://", StringComparison.Ordinal) || value.StartsWith('/');

    /// <summary>A flag is set by a true value, or by any text but a false one ("holiday: Labor Day").</summary>
    private static bool IsSet(YamlNode? flag) =>
        FrontMatter.Scalar(flag)?.ToLowerInvariant() is { } value && value is not ("false" or "no" or "0" or "off" or "null" or "~");
}
