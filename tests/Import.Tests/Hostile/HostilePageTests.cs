using CourseFunctions.Import;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// The importer on hostile pages: it answers with a course or a refusal that says why, never with another
/// exception, a crash or minutes of CPU. The bound here is a hang detector, far above the 2 s per MiB that
/// bench/ measures: a quadratic reader takes minutes on these runs.
/// </summary>
public class HostilePageTests
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(10);
    private static readonly string Seed = TestPages.Read("samples/iasd2025.md");

    // The importer's one-time start (the CLDR month and weekday names of every language, the vocabulary's regexes) is
    // paid here, once: the bound times each page's import, not the process's first one, which a loaded machine slows.
    static HostilePageTests() => TestPages.Import(Seed);

    public static TheoryData<string, string> Runs()
    {
        var data = new TheoryData<string, string>();
        foreach (var place in HostilePages.Places.Keys)
            foreach (var token in HostilePages.Tokens)
                data.Add(place, token);
        return data;
    }

    /// <summary>Imports on a thread of its own, so that a hang fails the test instead of the suite.</summary>
    internal static (ImportResult? Result, CoursePageException? Refusal) ImportWithinBound(string page, string? fileName = null)
    {
        ImportResult? result = null;
        CoursePageException? refusal = null;
        Exception? other = null;
        var thread = new Thread(() =>
        {
            try { result = TestPages.Import(page, fileName: fileName); }
            catch (CoursePageException error) { refusal = error; }
            catch (Exception error) { other = error; }
        });
        thread.Start();
        Assert.True(thread.Join(HangBound), $"the import of a {page.Length:N0}-character page ran past {HangBound.TotalSeconds} s");
        Assert.Null(other);
        return (result, refusal);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_long_run_of_any_token_anywhere_imports_or_is_refused_quickly(string place, string token)
    {
        var (result, refusal) = ImportWithinBound(HostilePages.Build(Seed, place, token));
        Assert.True(result is not null || refusal!.Message.Length > 0);
    }

    [Theory]
    [InlineData("[", 100_000)]
    [InlineData("[", 30_000)]
    [InlineData("{a: ", 10_000)]
    public void Front_matter_nested_past_the_cap_is_refused_with_its_line(string opener, int depth)
    {
        var page = "---\ntitle: x\nkey: " + HostilePages.Run(opener, opener.Length * depth) + "\n---\n# Course\n";
        var (_, refusal) = ImportWithinBound(page);
        Assert.NotNull(refusal);
        Assert.Matches(@"^Line 3: the front matter nests deeper|^Line 2: the front matter is longer", refusal.Message);
    }

    [Fact]
    public void Front_matter_nested_by_indentation_is_refused_at_the_line_past_the_cap()
    {
        var keys = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i) + "k:\n"));
        var (_, refusal) = ImportWithinBound("---\ntitle: x\n" + keys + "---\n# Course\n");
        Assert.StartsWith($"Line {2 + FrontMatter.MaxDepth + 1}:", refusal!.Message);
    }

    [Fact]
    public void An_alias_bomb_is_refused()
    {
        var levels = string.Concat(Enumerable.Range(1, 12).Select(i => $"l{i}: &l{i} [{string.Join(",", Enumerable.Repeat($"*l{i - 1}", 9))}]\n"));
        var (_, refusal) = ImportWithinBound("---\ntitle: x\nl0: &l0 [x]\n" + levels + "---\n# Course\n");
        Assert.Contains("aliases", refusal!.Message);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(40)]
    public void A_description_nested_too_deeply_is_refused_not_stored(int depth)
    {
        var page = Seed.Replace("In the absence of", string.Concat(Enumerable.Repeat("> ", depth)) + "In the absence of");
        var (_, refusal) = ImportWithinBound(page);
        Assert.Contains("nest", refusal!.Message);
    }

    /// <summary>The reStructuredText conversion runs before Markdig: its line loop and link regexes get the same runs.</summary>
    [Theory]
    [InlineData(":a")]
    [InlineData("`")]
    [InlineData("`x <")]
    [InlineData("  * - ")]
    [InlineData("    - ")]
    [InlineData("=")]
    [InlineData("\n=\n")]
    [InlineData(".. ")]
    public void A_restructured_text_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/sphinx-list-table.rst").Replace("Linear systems", "Linear " + HostilePages.Run(token) + " systems");
        HostilePageTests.ImportWithinBound(page);
    }

    /// <summary>Raw HTML tables are parsed before Markdig: spans, size and nesting must stay within bounds.</summary>
    [Theory]
    [InlineData("rows")]
    [InlineData("spans")]
    [InlineData("nested tables")]
    [InlineData("deep cell")]
    [InlineData("unclosed")]
    [InlineData("comments")]
    [InlineData("unclosed comment")]
    public void A_hostile_html_table_imports_or_is_refused_quickly(string kind)
    {
        var table = kind switch
        {
            "rows" => "<table><tr><th>Date</th><th>Topic</th></tr>" + HostilePages.Run("<tr><td>Jan 10</td><td>x</td></tr>", 250_000) + "</table>",
            "spans" => "<table><tr><th>Date</th><th>Topic</th></tr>"
                + HostilePages.Run("<tr><td rowspan=65534 colspan=1000>Jan 10</td></tr>", 200_000) + "</table>",
            "nested tables" => HostilePages.Run("<table><tr><td>", 200_000) + "Jan 10" + HostilePages.Run("</td></tr></table>", 200_000),
            "comments" => HostilePages.Run("<!-- <table> -->", 200_000) + "<table><tr><th>Date</th></tr><tr><td>Jan 10</td></tr></table>",
            "unclosed comment" => HostilePages.Run("<!--", 200_000) + "<table><tr><th>Date</th></tr><tr><td>Jan 10</td></tr></table>",
            "deep cell" => "<table><tr><th>Date</th></tr><tr><td>" + HostilePages.Run("<span>", 200_000) + "Jan 10</td></tr></table>",
            _ => HostilePages.Run("<table><tr><td>Jan 10", 200_000),
        };
        HostilePageTests.ImportWithinBound(TestPages.Read("samples/iasd2025.md") + "\n\n" + table + "\n");
    }

    [Theory]
    [InlineData("* ")]
    [InlineData(" :a:")]
    [InlineData("[[")]
    [InlineData("[[x][")]
    [InlineData("<2026-01-01 ")]
    [InlineData("\n** <2026-01-05 Mon> x")]
    public void An_org_mode_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/org-mode-schedule.org").Replace("Interpolation", "Interpolation " + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page);
    }

    [Theory]
    [InlineData("<A")]
    [InlineData("<L ")]
    [InlineData("<LectureRow date=\"03/03/2031\">")]
    [InlineData("<LectureRow date=\"03/03/2031\" time=\"10:00-11:00\"><>x</></LectureRow>\n")]
    [InlineData("<LectureTable>")]
    [InlineData(" date='")]
    [InlineData(" date=\"1/1/2031\"")] // repeated attributes (found by the fuzzer: they threw)
    public void An_mdx_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/docusaurus-mdx-lectures.md").Replace("Metodi di analisi", "Metodi " + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page);
    }

    [Theory]
    [InlineData("{--")]
    [InlineData("{++x")]
    [InlineData("{--a--}")]
    [InlineData("| | | **Monday** |\n")]
    public void A_critic_markup_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/mkdocs-weekday-row.md").Replace("Classes and objects", "Classes " + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page);
    }

    [Theory]
    [InlineData("{{page.days[lec]}}")]
    [InlineData("{{page.days[0]}}")]
    [InlineData("{% assign lec = lec | plus:1 %}")]
    [InlineData("{{page.days[")]
    [InlineData("{% assign ")]
    public void A_liquid_dated_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/liquid-front-matter-days.md").Replace("Induction  ", "Induction " + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page);
    }

    [Theory]
    [InlineData("{% comment %}")]
    [InlineData("{% comment %}x{% endcomment %}")]
    [InlineData("{:")]
    [InlineData("\n##### Maa 30 sep 2030\n")]
    [InlineData("\n##### ")]
    public void A_heading_schedule_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/dutch-heading-agenda.md").Replace("Databanken", "Databanken " + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page);
    }

    [Theory]
    [InlineData("| --- | --- |\n")]
    [InlineData("\n| --- |\n")]
    [InlineData("|-")]
    [InlineData("\n| | 3 |\n")]
    [InlineData("| September | 3 |\n")]
    [InlineData("\n: x\n  : y\n")]
    [InlineData("| **10/01**</br> ")]
    public void Headerless_month_column_grid_and_definition_pages_with_a_long_run_import_or_are_refused_quickly(string token)
    {
        foreach (var (file, anchor) in new[] { ("kramdown-headerless-lectures.md", "Plots"), ("mkdocs-weekday-grid-dated-cells.md", "Studio"),
                     ("just-the-class-nested-readings.md", "Corpora") })
            HostilePageTests.ImportWithinBound(TestPages.Read($"Corpus/{file}").Replace(anchor, anchor + " " + HostilePages.Run(token)), file);
    }

    [Theory]
    [InlineData("```{dropdown} Week 1 (Sep 2)\n")]
    [InlineData("````{tab-set}\n```{tab-item} x\n")]
    [InlineData(":::{note}\n:open:\n")]
    [InlineData("{bdg-danger}`")]
    [InlineData("{bdg-danger}`x` ")]
    [InlineData("```\n")]
    [InlineData("```{code-cell}\n")]
    public void A_myst_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/myst-week-dropdowns.md").Replace("Welcome to the module", "Welcome " + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page, "myst-week-dropdowns.md");
    }

    [Theory]
    [InlineData("（09/19 停课）")]
    [InlineData("、09/24")]
    [InlineData("| 9–10 | 09/17–09/26 | x（09/19、09/24 停课） |\n")]
    [InlineData("，停课")]
    [InlineData("周二、")]
    public void A_chinese_notes_page_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = TestPages.Read("Corpus/chinese-notes-readme.md").Replace("小组展示", "小组展示" + HostilePages.Run(token));
        HostilePageTests.ImportWithinBound(page, "chinese-notes-readme.md");
    }

    /// <summary>Markdig's pipe tables take time quadratic in rows and cells once a cell has emphasis: found by the hostile runs.</summary>
    [Theory]
    [InlineData(10_000, 2)]
    [InlineData(600, 40)]
    public void A_table_with_emphasis_and_more_rows_or_cells_than_a_schedule_has_is_refused_with_its_line(int rows, int columns)
    {
        var row = "|" + string.Concat(Enumerable.Repeat(" **Jan 10** |", columns)) + "\n";
        var page = "# Course (2025)\n\n## Schedule\n\n|" + string.Concat(Enumerable.Repeat(" Date |", columns))
            + "\n|" + string.Concat(Enumerable.Repeat("---|", columns))
            + "\n" + HostilePages.Run(row, row.Length * rows);
        var (_, refusal) = ImportWithinBound(page);
        Assert.StartsWith("Line ", refusal!.Message);
        Assert.Contains("a course schedule has far fewer", refusal.Message);
    }

    [Fact]
    public void A_table_just_within_the_caps_with_emphasis_in_every_cell_is_read()
    {
        var row = "| Jan 10 | **a** | *b* | ~~c~~ | d | e | f | g | h | i | j | k | l | m | n | o | p | q | r |\n";
        var page = "# Course (2025)\n\n## Schedule\n\n| Date | Topic |" + string.Concat(Enumerable.Range(3, 17).Select(n => $" {n} |")) + "\n|"
            + string.Concat(Enumerable.Repeat("---|", 19)) + "\n" + string.Concat(Enumerable.Repeat(row, PageSource.MaxTableRows - 2));
        var (result, _) = ImportWithinBound(page);
        Assert.Equal("2025-01-10", Assert.Single(result!.Sessions).Date.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Front_matter_repeating_one_key_thousands_of_times_keeps_the_last_quickly_with_few_warnings()
    {
        var page = "---\n" + HostilePages.Run("title: again\n", 60_000) + "title: Last\n---\n# Course\n";
        var (result, _) = ImportWithinBound(page);
        Assert.Equal("Last", result!.Course.Title);
        Assert.InRange(result.Warnings.Count(w => w.Message.Contains("again further down")), 1, 20);
    }

    [Theory]
    [InlineData("a = 1\n")]
    [InlineData("x = \"")]
    [InlineData("[")]
    public void Toml_front_matter_with_a_long_run_imports_or_is_refused_quickly(string token)
    {
        var page = "+++\ntitle = \"T\"\n" + HostilePages.Run(token) + "\n+++\n# Course\n";
        ImportWithinBound(page);
    }

    [Theory]
    [InlineData("<LectureRow date=\"03/03/2031\" date=\"04/03/2031\">x</LectureRow>")] // a repeated attribute threw
    [InlineData("<A")] // an unclosed tag near the end: the skip past it ran off the page
    public void Mdx_cases_the_fuzzer_found_import(string tail)
    {
        var page = "import {LectureRow} from '@site/x'\n\n# Calendario\n\n<LectureRow date=\"03/03/2031\">Intro</LectureRow>\n\n"
            + tail + new string('x', 1500);
        var (result, _) = ImportWithinBound(page);
        Assert.NotNull(result);
    }

    [Fact]
    public void A_line_of_more_pipes_than_any_table_row_is_refused_with_its_line()
    {
        var page = Seed.Replace("| Jan 24     |  |  |", "| Jan 24 | " + HostilePages.Run("|", 600) + " |");
        var (_, refusal) = ImportWithinBound(page);
        Assert.StartsWith("Line 48:", refusal!.Message);
    }

    [Fact]
    public void Unsafe_links_are_dropped_with_a_warning_and_safe_ones_kept()
    {
        var page = Seed
            .Replace("| Jan 24     |  |  |", "| Jan 24     | Lazy training | [Slides](javascript:alert(document.domain)) [Notes](/assets/notes.pdf) |")
            .Replace("(https://www.di.ens.fr/~fbach/ltfp_book.pdf)", "(JavaScript:alert(1))");
        var result = TestPages.Import(page);

        var january24 = result.Sessions.Single(s => s.Date == new DateOnly(2025, 1, 24));
        Assert.Equal(["Notes"], january24.Materials.Select(m => m.Title));
        Assert.Null(result.Course.Literature[0].Url);
        Assert.All(result.Course.Literature.Skip(1), item => Assert.StartsWith("https://", item.Url));
        Assert.Contains(result.Warnings, w => w.Message.Contains("\"Slides\" is not an http(s), mailto or site link"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("in the literature is not an http(s)"));
    }
}
