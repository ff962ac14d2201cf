using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Hugo's TOML front matter (<c>+++</c> fences, <c>key = "value"</c>) as the YAML the importer reads: its simple
/// keys become <c>key: value</c> (TOML strings, numbers, booleans and arrays are YAML too); tables (<c>[menu]</c>)
/// are left out. Lines stay where they were.
/// </summary>
internal sealed partial class TomlFrontMatter : IPageFormat
{
    // Unbounded repetitions: NonBacktracking is linear anyway, and counted ones ({0,2000}) grow its automaton past the limit.
    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+)\s*=\s*(?<value>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex TomlKey();

    public string Name => "TOML front matter";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) => page.Source.StartsWith("+++\n", StringComparison.Ordinal);

    public string Convert(PageText page)
    {
        var source = page.Source;
        if (source.IndexOf("\n+++", 3, StringComparison.Ordinal) is not (> 0 and var end)) return source;
        var lines = source[4..end].Split('\n').Select(line => TomlKey().Match(line) is { Success: true } pair
            ? $"{pair.Groups["key"].Value}: {pair.Groups["value"].Value}" : "");
        return "---\n" + string.Join('\n', lines) + "\n---" + source[(end + 4)..];
    }
}
