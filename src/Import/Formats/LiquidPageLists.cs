using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Expands the Jekyll idiom that numbers a schedule's rows from a front-matter list of days:
/// <c>{{page.days[lec] | date: '%a %-m/%-d/%y'}} {% assign lec = lec | plus:1 %}</c>. Each output tag becomes the list
/// item's date (ISO, as the table reader knows it), counting the variable as the assign tags do; the Liquid tags go,
/// for their '|' would split table cells. Pages without the idiom are left as they are.
/// </summary>
internal sealed partial class LiquidPageLists : IPageFormat
{
    public string Name => "Liquid page lists";

    public PageFormatKind Kind => PageFormatKind.Template;

    public bool AppliesTo(PageText page) => page.FrontMatter is { } frontMatter && frontMatter != FrontMatter.None && Uses(page.Source);

    public string Convert(PageText page) => Expand(page.Source, page.FrontMatter!, page.Cancellation);

    // NonBacktracking, all three: they run over the whole untrusted page.
    [GeneratedRegex(@"\{\{-?\s*page\.(?<key>[A-Za-z_]\w{0,40})\[(?<index>[A-Za-z_]\w{0,40}|[0-9]{1,4})\][^{}]{0,200}\}\}"
        + @"|\{%-?\s*assign\s+(?<variable>[A-Za-z_]\w{0,40})\s*=\s*(?<value>[^%{}]{0,200}?)\s*-?%\}", RegexOptions.NonBacktracking)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"^(?<from>[A-Za-z_]\w{0,40})\s*\|\s*plus:\s*(?<step>-?[0-9]{1,4})$", RegexOptions.NonBacktracking)]
    private static partial Regex Increment();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDatePrefix();

    public static bool Uses(string source) => source.Contains("{{", StringComparison.Ordinal) && source.Contains("page.", StringComparison.Ordinal);

    public static string Expand(string source, FrontMatter frontMatter, CancellationToken cancellationToken = default)
    {
        var variables = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var output = new StringBuilder(source.Length);
        var position = 0;
        foreach (Match tag in LiquidTag().Matches(source))
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Append(source, position, tag.Index - position);
            position = tag.Index + tag.Length;
            if (tag.Groups["variable"].Success)
            {
                Assign(variables, tag.Groups["variable"].Value, tag.Groups["value"].Value.Trim());
                continue;
            }
            var key = tag.Groups["key"].Value;
            if (!lists.TryGetValue(key, out var items)) lists[key] = items = frontMatter.GetScalars(key);
            var indexText = tag.Groups["index"].Value;
            var index = int.TryParse(indexText, out var literal) ? literal : variables.GetValueOrDefault(indexText);
            if (index >= 0 && index < items.Count)
                output.Append(IsoDatePrefix().Match(items[index]) is { Success: true } date ? date.Value : items[index].Replace('|', '/'));
        }
        output.Append(source, position, source.Length - position);
        return output.ToString();
    }

    private static void Assign(Dictionary<string, int> variables, string variable, string value)
    {
        if (int.TryParse(value, out var number)) variables[variable] = number;
        else if (Increment().Match(value) is { Success: true } increment)
            variables[variable] = variables.GetValueOrDefault(increment.Groups["from"].Value) + int.Parse(increment.Groups["step"].Value);
    }
}
