using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Core.Import;

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

    /// <param name="yaml">The text between the fences.</param>
    /// <param name="firstLine">1-based page line of the YAML's first line.</param>
    public static FrontMatter Parse(string yaml, int firstLine, WarningLog warnings)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
                return new FrontMatter(mapping, firstLine);
            if (stream.Documents.Count > 0)
                warnings.AtLine(firstLine, "The front matter is not a list of keys; it was ignored.");
        }
        catch (YamlException error)
        {
            warnings.AtLine(firstLine + (int)error.Start.Line - 1, $"The front matter is not valid YAML ({error.Message}); it was ignored.");
        }
        return None;
    }

    public string? GetString(params string[] keys) => Scalar(Find(_root, keys));

    public IReadOnlyList<(YamlMappingNode Entry, int Line)> GetMappings(params string[] keys) =>
        Find(_root, keys) is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(entry => (entry, LineOf(entry))).ToList()
            : [];

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
