using System.Globalization;
using CourseFunctions.RealPagesBench;

// Scores the importer on real course pages. See bench/real-pages/README.md; bench/run-real-pages.sh passes these:
//   --manifest FILE --old-list FILE --cache DIR [--today yyyy-MM-dd] [--page TEXT] [--verbose]
//   [--results FILE --label now|baseline --title TEXT --revision TEXT]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: RealPagesBench --manifest FILE --cache DIR [--old-list FILE] [--today yyyy-MM-dd] [--page TEXT] [--verbose] "
        + "[--results FILE --label LABEL --title TEXT --revision TEXT]");
    return 2;
}

IReadOnlyList<PageCheck> Score(string? manifest)
{
    if (manifest is null) return [];
    var checks = new List<PageCheck>();
    foreach (var page in ManifestPage.Read(manifest).Where(options.Selects))
    {
        var file = page.CachePath(options.Cache);
        var import = File.Exists(file) ? PageImport.Run(file, options.Today) : new PageImport(null, $"crash: no cached copy at {file}", 0);
        var check = PageCheck.Of(page, import);
        checks.Add(check);
        Console.WriteLine(check.Right ? $"ok    {page.Name}" : $"FAIL  {page.Name} [{check.Cause!.Value.Describe()}]: {string.Join("; ", check.Mismatches)}");
        if (options.Verbose) PageDetails.Print(import);
    }
    return checks;
}

var sample = Score(options.Manifest);
var oldList = Score(options.OldList);
Console.WriteLine();
Console.WriteLine($"sample: {RunReport.Share(sample)} right, {RunReport.SilentWrongYears(sample)} wrong year without a warning");
if (options.OldList is not null) Console.WriteLine($"old list: {RunReport.Share(oldList)} right");
foreach (var cause in Enum.GetValues<FailureCause>())
    if (sample.Concat(oldList).Count(c => c.Cause == cause) is > 0 and var count) Console.WriteLine($"  {cause.Describe()}: {count}");

if (options.Results is not null)
{
    if (options.PageFilter is not null) { Console.Error.WriteLine("--page scores a part of the list; the results file was not written"); return 0; }
    ResultsFile.Write(options.Results, new RunReport(options.Label, options.Title, options.Revision, options.Today, sample, oldList));
    Console.WriteLine($"wrote {options.Results} ({options.Label})");
}
return 0;

/// <summary>The command line of the bench.</summary>
internal sealed record BenchOptions(
    string? Manifest, string? OldList, string Cache, DateOnly Today, string? PageFilter, bool Verbose,
    string? Results, string Label, string Title, string Revision)
{
    public bool Selects(ManifestPage page) => PageFilter is null || page.Name.Contains(PageFilter, StringComparison.OrdinalIgnoreCase);

    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--verbose") verbose = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) values[args[i][2..]] = args[++i];
            else return null;
        }
        if (!values.TryGetValue("cache", out var cache) || !values.ContainsKey("manifest")) return null;
        var today = values.TryGetValue("today", out var day)
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(DateTime.Now);
        return new BenchOptions(values["manifest"], values.GetValueOrDefault("old-list"), cache, today, values.GetValueOrDefault("page"), verbose,
            values.GetValueOrDefault("results"), values.GetValueOrDefault("label", "now"), values.GetValueOrDefault("title", "Now"),
            values.GetValueOrDefault("revision", "?"));
    }
}
