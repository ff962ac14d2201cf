using System.Diagnostics;
using CourseFunctions.Import;
using CourseFunctions.Import.Tests.Hostile;

// Every hostile run of the test corpus, grown to fill a 1 MiB page, imported once each; and the seed page as
// the baseline. Reports the slowest and the share over the 2 s target. Usage: ImportBench <results file>
var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "iasd2025.md"));
var options = new ImportRequest { Today = new DateOnly(2026, 11, 27) };
double Time(string page)
{
    var watch = Stopwatch.StartNew();
    try { CoursePageImporter.Import(page, options); } catch (CoursePageException) { }
    return watch.Elapsed.TotalMilliseconds;
}
for (var i = 0; i < 20; i++) Time(seed); // warm up
var baseline = Enumerable.Range(0, 50).Select(_ => Time(seed)).Order().ToArray()[25];

const int PageBytes = 1024 * 1024;
var results = new List<(string Place, string Token, double Ms)>();
foreach (var place in HostilePages.Places.Keys)
    foreach (var token in HostilePages.Tokens)
    {
        var (find, replace) = HostilePages.Places[place];
        var page = seed.Replace(find, replace.Replace("{run}", HostilePages.Run(token, PageBytes - seed.Length - 100)));
        results.Add((place, token, Time(page)));
    }
var sorted = results.OrderByDescending(r => r.Ms).ToList();
string Show(string token) => token.Replace("\t", "\\t").Replace("\u00a0", "nbsp").Replace("|", "\\|").Replace("`", "'");
var lines = new List<string>
{
    "# Import of hostile 1 MiB pages",
    "",
    $"Run on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores) with `bench/run-import.sh`: each of the {HostilePages.Tokens.Length} tokens of",
    $"the hostile corpus repeated to fill a 1 MiB page, in each of {HostilePages.Places.Count} places of the seed page "
        + $"({results.Count} pages), imported once each",
    "in process. Baseline: the seed page (2.6 KB), median of 50.",
    "",
    $"| Measure | Value |",
    "|---|---|",
    $"| Seed page (baseline) | {baseline:F2} ms |",
    $"| Median hostile page | {sorted[sorted.Count / 2].Ms:F0} ms |",
    $"| Slowest hostile page | {sorted[0].Ms:F0} ms ({sorted[0].Place}, `{Show(sorted[0].Token)}`) |",
    $"| Pages over the 2 s target | **{results.Count(r => r.Ms > 2000)}** of {results.Count} |",
    "",
    "The ten slowest:",
    "",
    "| Place | Token | Time |",
    "|---|---|---|",
};
lines.AddRange(sorted.Take(10).Select(r => $"| {r.Place} | `{Show(r.Token)}` | {r.Ms:F0} ms |"));
File.WriteAllLines(args[0], lines);
Console.WriteLine(string.Join(Environment.NewLine, lines));
