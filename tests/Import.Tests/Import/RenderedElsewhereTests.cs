namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// A page whose schedule a template renders from the site's other files gives no sessions, and says why, naming the
/// construct and its line.
/// </summary>
public class RenderedElsewhereTests
{
    private static string? Warning(ImportResult result) =>
        result.Warnings.Select(w => w.Message).FirstOrDefault(m => m.StartsWith("The page renders its schedule from other files"));

    [Fact]
    public void A_liquid_loop_over_the_sites_collection_is_named_with_its_line()
    {
        // Shaped as Buzaabah/FRS159 schedule.md: a Just the Docs page looping over the site's modules.
        var page = "---\nlayout: page\ntitle: Schedule\n---\n\n# Schedule\n\n{% for module in site.modules %}\n  {{ module }}\n{% endfor %}\n";
        var result = TestPages.Import(page);
        Assert.Empty(result.Sessions);
        Assert.Contains("the loop \"{% for module in site.modules %}\" (line 8)", Warning(result));
    }

    [Theory]
    // Shaped as kmicinski/cis700-f20 www/schedule.scrbl (Scribble includes one file per week).
    [InlineData("@include-section{week1.scrbl}", "the include")]
    // Shaped as CMU-17-356/cmu-17-356.github.io docs/schedule.md (a Jinja loop in a MkDocs page).
    [InlineData("{%- for schedule_day in schedule -%}", "the loop")]
    [InlineData(".. include:: weeks.rst", "the include")]
    [InlineData("{{< schedule >}}", "the shortcode")]
    public void Other_template_constructs_are_named(string line, string what)
    {
        var result = TestPages.Import($"# Schedule\n\nThe weeks:\n\n{line}\n");
        Assert.Contains($"{what} \"{line}\" (line 5)", Warning(result));
    }

    [Fact]
    public void An_imported_mdx_component_is_named_and_a_plain_html_tag_is_not()
    {
        // Shaped as csatuic/cs361-website docs/2.schedule.mdx: the schedule is a React component of the site.
        var page = "# Schedule\n\nReadings are from the textbook.\n\nimport Schedule from '@site/src/components/schedule'\n\n<Schedule />\n<br/>\n";
        var result = TestPages.Import(page, fileName: "schedule.mdx");
        Assert.Contains("the component \"<Schedule />\" (line 7)", Warning(result));
        Assert.DoesNotContain("<br/>", Warning(result));
    }

    [Fact]
    public void A_table_whose_rows_a_loop_writes_is_named_too()
    {
        // Shaped as AI-Developer-Tools/ai-developer-tools.github.io docs/schedule.md: an HTML table headed "Date", its
        // rows written by a Jinja loop over the site's schedule.yaml.
        var page = """
            # Weekly Schedule

            <table>
              <thead><tr><th>Date</th><th>Lecture</th></tr></thead>
              <tbody>
                {% for day in schedule %}
                <tr><td>{{ day.date }}</td><td>{{ day.lecture.name }}</td></tr>
                {% endfor %}
              </tbody>
            </table>
            """;
        var result = TestPages.Import(page);
        Assert.Empty(result.Sessions);
        Assert.Contains("the loop \"{% for day in schedule %}\" (line 6)", Warning(result));
    }

    [Fact]
    public void A_page_without_templates_says_nothing_of_them()
    {
        var result = TestPages.Import("# Schedule\n\nTo be announced.\n");
        Assert.Null(Warning(result));
    }
}
