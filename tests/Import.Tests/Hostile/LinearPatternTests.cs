using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using CourseFunctions.Import.Tests.Import;
using Xunit.Abstractions;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// Every pattern the importer runs over page text is linear (issue 21, "bounded work"): each regex it holds runs
/// without backtracking, and the pages that made the command line run past its budget import within it.
/// </summary>
public class LinearPatternTests(ITestOutputHelper output)
{
    private static readonly ImportOptions Defaults = new();

    /// <summary>
    /// Every regex the importer's types hold: the static fields (source-generated ones and those built from the
    /// vocabulary) and the static methods without parameters that return one. A pattern added later is found too.
    /// </summary>
    private static IEnumerable<(string Name, Regex Regex)> ImporterRegexes()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(CoursePageImporter).Assembly.GetTypes().Where(type => !type.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Static).Where(field => typeof(Regex).IsAssignableFrom(field.FieldType)))
                if (field.GetValue(null) is Regex regex) yield return ($"{type.Name}.{field.Name}", regex);
            foreach (var method in type.GetMethods(Static)
                         .Where(method => typeof(Regex).IsAssignableFrom(method.ReturnType) && method.GetParameters().Length == 0))
                if (method.Invoke(null, null) is Regex regex) yield return ($"{type.Name}.{method.Name}()", regex);
        }
    }

    [Fact]
    public void Every_regex_of_the_importer_runs_without_backtracking()
    {
        var regexes = ImporterRegexes().ToList();
        // The enumeration itself must see the importer's patterns, or the assertion below proves nothing.
        Assert.True(regexes.Count >= 60, $"only {regexes.Count} regexes found");
        Assert.Contains(regexes, found => found.Name.Contains("ImportLine"));
        Assert.Contains(regexes, found => found.Name.Contains("DateHeaderPattern"));
        var backtracking = regexes.Where(found => !found.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(found => $"{found.Name}: {found.Regex}").Distinct().ToList();
        Assert.True(backtracking.Count == 0, "backtracking regexes:\n" + string.Join("\n", backtracking));
    }

    public static TheoryData<string> HostilePages() => ["300,000 × \"at \"", "200,000 spaces in the class times", "100,000 MDX openers"];

    /// <summary>The pages of issue 21 that ran past the import budget (the command line went on for minutes), and MDX openers.</summary>
    private static (string Page, string? FileName) Build(string name)
    {
        var seed = TestPages.Read("samples/iasd2025.md");
        return name switch
        {
            "300,000 × \"at \"" => (seed.Replace("Welcome to the course page", "Welcome " + Run("at ", 300_000) + "to the course page"), null),
            "200,000 spaces in the class times" => (seed.Replace("Fridays, 9:00 AM - 12:15 AM", "Fridays," + Run(" ", 200_000) + "9:00 AM - 12:15 AM"), null),
            _ => (TestPages.Read("Corpus/docusaurus-mdx-lectures.md").Replace("Metodi di analisi", "Metodi " + Run("<A ", 100_000)),
                "docusaurus-mdx-lectures.mdx"),
        };
    }

    private static string Run(string token, int times) => string.Concat(Enumerable.Repeat(token, times));

    [Theory]
    [MemberData(nameof(HostilePages))]
    public void A_hostile_page_of_issue_21_imports_within_the_import_budget(string name)
    {
        var (page, fileName) = Build(name);
        CoursePageImporter.Prepare();
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(Defaults.TimeBudgetSeconds));
        var clock = Stopwatch.StartNew();
        try
        {
            var result = CoursePageImporter.Import(page, new ImportRequest { Today = new DateOnly(2030, 1, 1), FileName = fileName }, budget.Token);
            Assert.NotEmpty(result.Sessions);
        }
        catch (CoursePageException refusal)
        {
            Assert.NotEmpty(refusal.Message);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{name}: the import ran past its budget of {Defaults.TimeBudgetSeconds} s");
        }
        output.WriteLine($"{name}: {page.Length:N0} characters imported in {clock.Elapsed.TotalMilliseconds:N0} ms");
    }
}
