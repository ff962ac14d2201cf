using System.Text;

namespace CourseFunctions.RealPagesBench;

/// <summary>One run over the sample and the old list, written as a section of bench/results/real-pages.md.</summary>
internal sealed record RunReport(string Label, string Title, string Revision, DateOnly Today, IReadOnlyList<PageCheck> Sample, IReadOnlyList<PageCheck> OldList)
{
    public static string Share(IReadOnlyCollection<PageCheck> checks) =>
        checks.Count == 0 ? "-" : $"{checks.Count(c => c.Right)} of {checks.Count} ({100.0 * checks.Count(c => c.Right) / checks.Count:F0}%)";

    public static int SilentWrongYears(IEnumerable<PageCheck> checks) =>
        checks.Count(c => c.Mismatches.Any(m => m.Cause == FailureCause.WrongYearSilently));

    /// <summary>The line of the score table, kept in the section as a comment so that later runs can rebuild the table.</summary>
    public string ScoreRow =>
        $"| {Title} | {Revision} | {Today:yyyy-MM-dd} | {Share(Sample)} | {SilentWrongYears(Sample)} | {Share(OldList)} | {SilentWrongYears(OldList)} |";

    public string Section()
    {
        var text = new StringBuilder();
        text.AppendLine($"<!-- run:{Label} -->").AppendLine($"<!-- score {ScoreRow} -->");
        text.AppendLine($"## {Title}").AppendLine();
        text.AppendLine($"Importer at {Revision}, run on {Today:yyyy-MM-dd} (the pages' Today). "
            + $"The sample (bench/real-pages/manifest.tsv): {Share(Sample)} right, "
            + $"{SilentWrongYears(Sample)} with a wrong year and no warning. The old list (bench/real-pages/old-list.tsv): {Share(OldList)} right.");
        text.AppendLine();
        AppendCauses(text, Sample);
        text.AppendLine("Right by format (sample):").AppendLine();
        text.AppendLine("| Format | Right |").AppendLine("|---|---|");
        foreach (var group in Sample.GroupBy(c => c.Page.Format).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine($"| {group.Key} | {Share([.. group])} |");
        text.AppendLine();
        text.AppendLine("### Sample, page by page").AppendLine();
        AppendPages(text, Sample);
        text.AppendLine("### Old list, page by page").AppendLine();
        AppendPages(text, OldList);
        text.AppendLine($"<!-- /run:{Label} -->");
        return text.ToString();
    }

    private static void AppendCauses(StringBuilder text, IReadOnlyList<PageCheck> checks)
    {
        text.AppendLine("Failures by cause (each page under its worst cause; the last column counts every page with that mismatch):").AppendLine();
        text.AppendLine("| Cause | Count | Pages | Any mismatch |").AppendLine("|---|---|---|---|");
        foreach (var cause in Enum.GetValues<FailureCause>())
        {
            var pages = checks.Where(c => c.Cause == cause).ToList();
            var any = checks.Count(c => c.Mismatches.Any(m => m.Cause == cause));
            var names = string.Join(", ", pages.Select(c => c.Page.Repo));
            text.AppendLine($"| {cause.Describe()} | {pages.Count} | {(names.Length == 0 ? "-" : names)} | {any} |");
        }
        text.AppendLine();
    }

    private static void AppendPages(StringBuilder text, IReadOnlyList<PageCheck> checks)
    {
        text.AppendLine("| Page | Lang | Format | Sessions | First date | Cancelled | Start | Zone | Result |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var check in checks.OrderBy(c => c.Cause ?? (FailureCause)int.MaxValue).ThenBy(c => c.Page.Name, StringComparer.Ordinal))
        {
            var page = check.Page;
            text.AppendLine($"| {Cell(page.Repo)} `{Cell(page.Path)}` | {page.Language} | {page.Format} | {Fact(check, "sessions", page.SessionsShown)} "
                + $"| {Fact(check, "first", page.FirstDate)} | {Fact(check, "cancelled", page.CancelledShown)} | {Fact(check, "start", page.StartLocal)} "
                + $"| {Fact(check, "zone", page.Zone)} | {(check.Right ? "right" : check.Cause!.Value.Describe())} |");
        }
        text.AppendLine();
    }

    /// <summary>The expected fact, and what the importer gave instead when it differs.</summary>
    private static string Fact(PageCheck check, string fact, string expected) =>
        check.Mismatches.FirstOrDefault(m => m.Fact == fact) is { } miss ? $"{Cell(expected)} (got {Cell(miss.Got)})" : Cell(expected);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
