using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import;

/// <summary>The YAML block at the top of a Jekyll page. Keys are matched case-insensitively, '-' and '_' alike.</summary>
internal sealed class FrontMatter
{
    public static readonly FrontMatter None = new(new YamlMappingNode(), 0);

    private readonly YamlMappingNode _root;
    private readonly int _firstLine;

    private FrontMatter(YamlMappingNode root, int firstLine)
    {
        _root = root;
        _firstLine = firstLine;
    }

    /// <summary>Far above any real course page's front matter (a few hundred bytes to a few KiB).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Real front matter nests two or three levels; the YAML loader recurses once per level.</summary>
    public const int MaxDepth = 32;

    public const int MaxAliases = 100;

    /// <param name="yaml">The text between the fences.</param>
    /// <param name="firstLine">1-based page line of the YAML's first line.</param>
    /// <exception cref="CoursePageException">The front matter is past a cap (size, nesting or aliases).</exception>
    public static FrontMatter Parse(string yaml, int firstLine, WarningLog warnings)
    {
        for (var repairs = 0; repairs <= MaxIndentRepairs; repairs++)
        {
            try
            {
                return Load(yaml, firstLine, warnings);
            }
            catch (YamlException error) when (repairs < MaxIndentRepairs && QuotedTextIndented(yaml, error) is { } repaired)
            {
                // Jekyll's YAML (libyaml) lets a quoted text run on under its key; YamlDotNet does not. The text is the same.
                warnings.AtLine(firstLine + (int)error.End.Line - 1,
                    "A quoted text goes on less indented than YAML allows; it was read as Jekyll reads it. Indent the line to be sure.");
                yaml = repaired;
            }
            catch (YamlException error)
            {
                warnings.AtLine(firstLine + (int)error.Start.Line - 1, $"The front matter is not valid YAML ({error.Message}); it was ignored.");
                break;
            }
            catch (Exception error) when (error is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                // YamlDotNet's scanner throws these instead of a YamlException on some malformed input (found by the fuzzer).
                warnings.AtLine(firstLine, "The front matter is not valid YAML; it was ignored.");
                break;
            }
        }
        return None;
    }

    /// <summary>Each repair parses the YAML again: a few lines a page, not one per line of a hostile one.</summary>
    private const int MaxIndentRepairs = 20;

    /// <summary>
    /// The YAML with the line a quoted text goes on at (less indented than YAML allows) indented under the text's opening
    /// quote, which changes no value: a quoted text's line breaks and indentation fold to one space. Null for other errors.
    /// </summary>
    private static string? QuotedTextIndented(string yaml, YamlException error)
    {
        if (!error.Message.Contains("quoted scalar", StringComparison.Ordinal) || !error.Message.Contains("indentation", StringComparison.Ordinal)) return null;
        var lines = yaml.Split('\n');
        var index = (int)error.End.Line - 1;
        if (index <= 0 || index >= lines.Length || error.End.Line <= error.Start.Line) return null;
        var indent = (int)Math.Max(error.Start.Column, 1);
        var line = lines[index].TrimStart(' ', '\t');
        if (lines[index].Length - line.Length >= indent) return null;
        lines[index] = new string(' ', indent) + line;
        return string.Join('\n', lines);
    }

    private static FrontMatter Load(string yaml, int firstLine, WarningLog warnings)
    {
        var events = EventsWithinCaps(yaml, firstLine);
        var stream = new YamlStream();
        var repeated = new List<(string Key, int Line)>();
        stream.Load(LastKeyWins.Over(events, repeated));
        foreach (var (key, line) in repeated.Take(20))
            warnings.AtLine(firstLine + line - 1, $"The front matter gives \"{key}\" again further down; the last one is used, as the site generator does.");
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            return new FrontMatter(mapping, firstLine);
        if (stream.Documents.Count > 0)
            warnings.AtLine(firstLine, "The front matter is not a list of keys; it was ignored.");
        return None;
    }

    /// <summary>
    /// Walks the YAML's events with the streaming parser, which keeps its own stack rather than recursing, and
    /// stops at the first cap passed: a page nesting "[" 100,000 deep would otherwise overflow the loader's
    /// stack and kill the process, and aliases could multiply what later code walks. The events it read are
    /// what the loader is then given, so the YAML is parsed once.
    /// </summary>
    private static List<ParsingEvent> EventsWithinCaps(string yaml, int firstLine)
    {
        if (yaml.Length > MaxBytes)
            throw new CoursePageException($"Line {firstLine}: the front matter is longer than {MaxBytes / 1024} KiB; keep only the course's keys there.");
        var parser = new Parser(new StringReader(yaml));
        var events = new List<ParsingEvent>();
        var depth = 0;
        var aliases = 0;
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
            var line = firstLine + (int)parser.Current!.Start.Line - 1;
            switch (parser.Current)
            {
                case NodeEvent { } node when node is SequenceStart or MappingStart:
                    if (++depth > MaxDepth) throw new CoursePageException($"Line {line}: the front matter nests deeper than {MaxDepth} levels.");
                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
                case AnchorAlias when ++aliases > MaxAliases:
                    throw new CoursePageException($"Line {line}: the front matter uses more than {MaxAliases} aliases (*name).");
            }
        }
        return events;
    }

    public string? GetString(params string[] keys) => Scalar(Find(_root, keys));

    /// <summary>The top-level keys with a text value whose name passes <paramref name="wanted"/> (compared without '-', '_' or case), in order.</summary>
    public IEnumerable<(string Key, string Value, int Line)> ScalarsWhereKey(Func<string, bool> wanted) => _root.Children
        .Where(pair => pair.Key is YamlScalarNode { Value: { } name } && wanted(Normalize(name)) && Scalar(pair.Value) is not null)
        .Select(pair => (((YamlScalarNode)pair.Key).Value!, Scalar(pair.Value)!, LineOf(pair.Key)));

    /// <summary>The front matter's top mapping; null when the page has none.</summary>
    public YamlMappingNode? Root => ReferenceEquals(this, None) ? null : _root;

    public IReadOnlyList<(YamlMappingNode Entry, int Line)> GetMappings(params string[] keys) =>
        Find(_root, keys) is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(entry => (entry, LineOf(entry))).ToList()
            : [];

    /// <summary>The scalars of a list key ("days: [2026-01-06, …]"), in order; empty when the key is not a list.</summary>
    public IReadOnlyList<string> GetScalars(string key) =>
        Find(_root, key) is YamlSequenceNode sequence ? sequence.Children.Select(item => Scalar(item) ?? "").ToList() : [];

    public int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;

    public static string? Scalar(YamlNode? node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    public static YamlNode? Find(YamlMappingNode mapping, params string[] keys)
    {
        foreach (var key in keys)
            foreach (var (name, value) in mapping.Children)
                if (name is YamlScalarNode { Value: { } text } && Normalize(text) == Normalize(key))
                    return value;
        return null;
    }

    private static string Normalize(string key) => key.Replace("-", "").Replace("_", "").ToLowerInvariant();
}
