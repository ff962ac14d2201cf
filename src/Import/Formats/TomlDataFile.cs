using System.Text;

namespace CourseFunctions.Import;

/// <summary>
/// A Hugo data file in TOML (<c>data/schedule.toml</c>: <c>[[days]]</c> then <c>date = "August 22"</c>) as the YAML front
/// matter of a page without a body, which the data-entry source reads: an array of tables becomes a list of mappings, a
/// table a mapping, <c>key = value</c> a YAML pair (TOML strings, numbers, booleans, dates and inline arrays are YAML
/// too). Each line stays on its line, one below where it was (the opening fence).
/// </summary>
internal sealed class TomlDataFile : IPageFormat
{
    public string Name => "TOML data file";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) =>
        page.FileName?.EndsWith(".toml", StringComparison.OrdinalIgnoreCase) == true && !page.Source.StartsWith("---", StringComparison.Ordinal);

    public string Convert(PageText page)
    {
        var output = new StringBuilder(page.Source.Length + 64).Append("---\n");
        var (table, seen, firstKey, indent) = ("", new HashSet<string>(StringComparer.Ordinal), false, "");
        foreach (var raw in page.Source.Split('\n'))
        {
            page.Cancellation.ThrowIfCancellationRequested();
            var line = raw.Trim();
            if (line.StartsWith("[[", StringComparison.Ordinal) && line.EndsWith("]]", StringComparison.Ordinal))
            {
                table = line[2..^2].Trim();
                output.Append(seen.Add(table) ? $"{YamlKey(table)}:" : "").Append('\n');
                (firstKey, indent) = (true, "    ");
            }
            else if (line.StartsWith('[') && line.EndsWith(']') && !line.Contains('='))
            {
                table = line[1..^1].Trim();
                output.Append(seen.Add(table) ? $"{YamlKey(table)}:" : "").Append('\n');
                (firstKey, indent) = (false, "  ");
            }
            else if (line.Length > 0 && !line.StartsWith('#') && line.IndexOf('=') is > 0 and var equals)
            {
                var pair = $"{YamlKey(line[..equals].Trim())}: {line[(equals + 1)..].Trim()}";
                output.Append(firstKey ? $"  - {pair}" : indent + pair).Append('\n');
                firstKey = false;
            }
            else output.Append('\n');
        }
        return output.Append("---\n").ToString();
    }

    /// <summary>A TOML key as a YAML one: quoted keys keep their quotes, dotted ones stay one key.</summary>
    private static string YamlKey(string key) => key.Trim('"', '\'') is var bare && bare.All(c => char.IsLetterOrDigit(c) || c is '_' or '-')
        ? bare
        : $"\"{bare.Replace("\"", "")}\"";
}
