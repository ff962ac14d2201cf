namespace CourseFunctions.Import;

/// <summary>
/// Template constructs that render a schedule from other files of the site, which an import of one file cannot read:
/// a Liquid or Jinja loop over the site's data (Buzaabah/FRS159 schedule.md's "{% for module in site.modules %}",
/// CMU-17-356/cmu-17-356.github.io docs/schedule.md's "{% for schedule_day in schedule %}"), a Hugo range or shortcode,
/// an include (Liquid, reStructuredText, Org, MkDocs snippets, Scribble's "@include-section{week1.scrbl}" as on
/// kmicinski/cis700-f20), or an MDX component imported from the site (csatuic/cs361-website's "&lt;Schedule /&gt;").
/// Found line by line with plain string tests: no pattern runs over the page.
/// </summary>
internal static class RenderedElsewhere
{
    private const int MaxLines = 5_000;
    private const int MaxLineLength = 300;
    private const int MaxNamed = 3;

    /// <summary>The constructs, each with its line ("the loop \"{% for … %}\" (line 15)"), at most three; none when there are none.</summary>
    public static List<string> Find(string page)
    {
        var lines = page.Split('\n', MaxLines + 1);
        var imported = lines.Take(MaxLines).Select(line => line.Trim()).Where(line => line.StartsWith("import ", StringComparison.Ordinal))
            .Select(line => line["import ".Length..].Split(' ', 2)[0]).Where(name => name.Length > 0 && char.IsAsciiLetterUpper(name[0])).ToHashSet();
        var found = new List<string>();
        for (var i = 0; i < Math.Min(lines.Length, MaxLines) && found.Count < MaxNamed; i++)
        {
            var line = lines[i].Trim();
            if (line.Length is 0 or > MaxLineLength) continue;
            if (What(line, imported) is { } what) found.Add($"{what} \"{line}\" (line {i + 1})");
        }
        return found;
    }

    private static string? What(string line, HashSet<string> imported)
    {
        var tag = line.Replace("{%-", "{%", StringComparison.Ordinal).Replace("{{-", "{{", StringComparison.Ordinal);
        if (TagOpens(tag, "{%", "for ") || TagOpens(tag, "{{", "range ")) return "the loop";
        if (TagOpens(tag, "{%", "include") || TagOpens(tag, "{%", "render ") || tag.StartsWith("@include", StringComparison.Ordinal)
            || tag.StartsWith(".. include::", StringComparison.Ordinal) || tag.StartsWith("#+include:", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("--8<--", StringComparison.Ordinal)
            || (tag.StartsWith("{!", StringComparison.Ordinal) && tag.EndsWith("!}", StringComparison.Ordinal)))
            return "the include";
        if (tag.StartsWith("{{<", StringComparison.Ordinal) || tag.StartsWith("{{%", StringComparison.Ordinal)) return "the shortcode";
        if (tag.StartsWith('<') && tag.EndsWith("/>", StringComparison.Ordinal)
            && imported.Contains(new string(tag.Skip(1).TakeWhile(char.IsAsciiLetterOrDigit).ToArray())))
            return "the component";
        return null;
    }

    /// <summary>Whether a template tag opening with <paramref name="open"/> starts with <paramref name="word"/> ("{%  for x in y %}").</summary>
    private static bool TagOpens(string line, string open, string word)
    {
        var at = line.IndexOf(open, StringComparison.Ordinal);
        return at >= 0 && line.AsSpan(at + open.Length).TrimStart().StartsWith(word, StringComparison.Ordinal);
    }
}
