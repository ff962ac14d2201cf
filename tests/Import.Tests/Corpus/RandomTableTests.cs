using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>Random schedule tables: the importer never crashes, and no row vanishes without a session or a warning.</summary>
public class RandomTableTests
{
    private static readonly string[] Headers = ["Date", "Fecha", "Datum", "Topic", "Tema", "Materials", "Notes", "Due", "Week", "👍", ""];

    private static readonly string[] Cells =
    [
        "Jan 10", "10 Jan", "2025-01-17", "Feb 30", "13/13/2025", "03/04/2025", "2.3.2025", "17 février", "3 de marzo", "TH 1/23",
        "May 8th", "Tue 3 Sep 2024", "TBA", "", " ", "No class", "Holiday", "~~gone~~", "❌", "Midterm exam", "Lab 1",
        "[Slides](/a.pdf)", "[x][ref]", "<br>", "a <br> b", "{% raw %}", "{{ site.baseurl }}", "$x|y$", "\\|", "&nbsp;",
        "9:00 AM - 12:15 AM", "😀", new string('x', 400), "<script>alert(1)</script>", "Week 3", "1", "-", "---",
    ];

    private static string RandomPage(Random random)
    {
        var columns = random.Next(1, 5);
        var page = new StringBuilder("---\ntitle: Random course 2025\n---\n\n## Course Information\n\n"
            + "- **Class Times**: Fridays, 9:00-12:00\n\n## Schedule\n\n");
        page.AppendLine(string.Join(" | ", Enumerable.Range(0, columns).Select(_ => Headers[random.Next(Headers.Length)])));
        page.AppendLine(string.Join(" | ", Enumerable.Repeat("---", columns)));
        for (var row = random.Next(0, 25); row > 0; row--)
            page.AppendLine(string.Join(" | ", Enumerable.Range(0, random.Next(1, columns + 2)).Select(_ => Cells[random.Next(Cells.Length)])));
        return page.ToString();
    }

    /// <summary>Liquid tags are the site generator's: a cell of nothing else has no content.</summary>
    private static bool HasContent(string text) => Regex.Replace(text, @"\{%.*?%\}|\{\{.*?\}\}", "").Trim().Length > 0;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_row_is_a_session_or_a_warning(int seed)
    {
        var page = RandomPage(new Random(seed));
        var result = TestPages.Import(page);

        var warned = result.Warnings.Where(w => w.Line is not null).Select(w => w.Line!.Value).ToHashSet();
        var table = Markdown.Parse(page, new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build())
            .Descendants<Markdig.Extensions.Tables.Table>().FirstOrDefault();
        if (table is null) return;
        var hasDateColumn = CourseFunctions.Import.ScheduleTableReader.FindDateColumn(table, 2025) is not null;
        var dataRows = table.OfType<Markdig.Extensions.Tables.TableRow>()
            .Where(row => !row.IsHeader
                && row.OfType<Markdig.Extensions.Tables.TableCell>().Any(cell => HasContent(CourseFunctions.Import.InlineText.Of(cell).Text)))
            .Select(row => row.Line + 1)
            .ToList();

        Assert.True(result.Sessions.Count <= dataRows.Count);
        // A table the importer cannot read at all is reported as a whole; otherwise each row stands on its own.
        if (!hasDateColumn && result.Warnings.Any(w => w.Message.Contains("no column of dates"))) return;
        Assert.True(result.Sessions.Count >= dataRows.Count(line => !warned.Contains(line)),
                $"{dataRows.Count} rows, {result.Sessions.Count} sessions, warnings at {string.Join(",", warned)}\n{page}");
    }
}
