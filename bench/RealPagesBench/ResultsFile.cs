using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.RealPagesBench;

/// <summary>
/// bench/results/real-pages.md: a score table, then one section per run label (replaced when that label runs again),
/// then the tables of the earlier 22-page list, kept as they were.
/// </summary>
internal static partial class ResultsFile
{
    private const string EarlierHeading = "## The earlier 22-page list";

    public static void Write(string file, RunReport run)
    {
        var old = File.Exists(file) ? File.ReadAllText(file) : "";
        var sections = Sections().Matches(old).ToDictionary(m => m.Groups["label"].Value, m => m.Value.TrimEnd() + "\n");
        sections[run.Label] = run.Section();
        var earlier = Earlier(old);

        var ordered = sections.OrderBy(s => s.Key == "now" ? 0 : s.Key == "baseline" ? 2 : 1).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine("# Real course pages, read as a new user would").AppendLine();
        text.AppendLine("Hand-counted facts of real course pages (bench/real-pages/manifest.tsv, the counting rule in bench/real-pages/README.md)");
        text.AppendLine("compared with what the importer reads from each page, imported in process as the CLI imports a file. The pages are not in");
        text.AppendLine("the repository: `bench/run-real-pages.sh` reads them from a cache outside it. A page is right when every compared fact matches.");
        text.AppendLine().AppendLine("| Run | Importer | Today | Sample right | Wrong year, no warning | Old list right | Old list: wrong year, no warning |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (_, section) in ordered.OrderBy(s => s.Key == "baseline" ? 0 : s.Key == "now" ? 2 : 1))
            if (ScoreLine().Match(section) is { Success: true } score) text.AppendLine(score.Groups["row"].Value);
        text.AppendLine();
        foreach (var (_, section) in ordered) text.AppendLine(section);
        text.Append(earlier);
        File.WriteAllText(file, text.ToString());
    }

    /// <summary>The tables measured before this bench existed: from their heading on, or (the first time) the whole old file.</summary>
    private static string Earlier(string old)
    {
        var at = old.IndexOf(EarlierHeading, StringComparison.Ordinal);
        if (at >= 0) return old[at..];
        if (old.Length == 0) return "";
        var body = string.Join('\n', old.Split('\n').SkipWhile(line => !line.StartsWith("# ", StringComparison.Ordinal)).Skip(1));
        return $"{EarlierHeading} (measured 2026-11-27, before this bench; real-course-pages.tsv)\n\n"
            + "The tables below are the earlier measure, kept as it was written: CLI dry runs of pages read with `read_file`.\n"
            + body.Replace("\n## ", "\n### ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<!-- run:(?<label>[a-z0-9-]+) -->.*?<!-- /run:\k<label> -->", RegexOptions.Singleline)]
    private static partial Regex Sections();

    [GeneratedRegex(@"<!-- score (?<row>\|.*\|) -->")]
    private static partial Regex ScoreLine();
}
