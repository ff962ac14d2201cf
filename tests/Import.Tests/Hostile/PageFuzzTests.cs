using System.Text;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// A seeded mutation fuzzer over the corpus pages: cuts, duplications, long runs, deep nesting, control and
/// stray Unicode characters. Every mutant imports or is refused with a reason, within the hang bound.
/// The seeds are fixed, so a failure reproduces; raise Iterations locally to search further.
/// </summary>
public class PageFuzzTests
{
    /// <summary>FUZZ_ITERATIONS raises it for a longer local search (8,000 were run before the last importer change).</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var wanted) ? wanted : 60;

    // Every corpus page, with its file name: the extension chooses the reader (reStructuredText, Org-mode, YAML data).
    private static readonly (string Text, string Name)[] Pages = [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"))
        .Where(path => !path.EndsWith(".cs", StringComparison.Ordinal))
        .Append(Path.Combine(AppContext.BaseDirectory, "samples/iasd2025.md")).Order().Select(path => (File.ReadAllText(path), Path.GetFileName(path)))];

    private static readonly string[] Insertions =
    [
        "\n---\n", "|", "||||", "{{", "{%", "[", "](", "> > > > ", "- - - - ", "***", "\t", "\0", "\u202e", "\ud800", "\ufffd",
        "<br>", "<!--", "```", "\n## Course Schedule\n", "\n| Date | Topic |\n|---|---|\n", "Jan 31", "2025-02-30", "25:99 - 26:00",
        "&#0;", "\\", "\r", "\u00a0", "🎓", "javascript:", "**Class Times**: ", "[x]: javascript:alert(1)\n",
        "+++\n", "{{page.days[lec]}}", "{% assign lec = lec | plus:1 %}", "{--", "{++", "{:", "{% comment %}", "<table><tr><td>",
        "<LectureRow date=\"03/03/2031\">", "\n##### Maa 30 sep 2030\n", "- week: 1\n  dates:\n    Oct 2: x\n", "  ", "\t+ M 10/12: ",
        "\n| ---: | --- |\n", "\n| September | 3 |\n|  | 10 |\n", "**10/01**</br>", "\n  : ",
        "\n```{dropdown} Week 2 (Sep 9)\n", "\n```\n", "{bdg-danger}`x`", "\n:::{note}\n",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, Iterations)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_mutated_page_imports_or_is_refused_with_a_reason(int seed)
    {
        var random = new Random(seed);
        var (text, name) = Pages[random.Next(Pages.Length)];
        var page = new StringBuilder(text);
        for (var step = random.Next(1, 8); step > 0; step--) Mutate(page, random);
        if (Environment.GetEnvironmentVariable("FUZZ_DUMP") is { } dump) File.WriteAllText(dump, page.ToString()); // to study a failing seed
        HostilePageTests.ImportWithinBound(page.ToString(), name);
    }

    private static void Mutate(StringBuilder page, Random random)
    {
        var at = random.Next(page.Length + 1);
        switch (random.Next(5))
        {
            case 0: // cut a stretch out
                page.Remove(at, Math.Min(random.Next(1, 400), page.Length - at));
                break;
            case 1: // duplicate a stretch, sometimes many times
                var length = Math.Min(random.Next(1, 300), page.Length - at);
                var stretch = page.ToString(at, length);
                for (var copies = random.Next(1, random.Next(2) == 0 ? 3 : 300); copies > 0; copies--) page.Insert(at, stretch);
                break;
            case 2: // a hostile token, once or as a long run
                var token = Insertions[random.Next(Insertions.Length)];
                page.Insert(at, HostilePages.Run(token, random.Next(2) == 0 ? token.Length : random.Next(1_000, 60_000)));
                break;
            case 3: // nest quotes or lists in front of a line
                page.Insert(at, string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "> " : "  - ", random.Next(10, 300))));
                break;
            default: // random characters, including lone surrogates and controls
                for (var n = random.Next(1, 50); n > 0; n--) page.Insert(at, (char)random.Next(0, 0xFFFF));
                break;
        }
    }
}
