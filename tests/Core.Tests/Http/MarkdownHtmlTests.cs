using CourseFunctions.Core.Http;

namespace CourseFunctions.Core.Tests.Http;

public class MarkdownHtmlTests
{
    [Fact]
    public void Renders_markdown() =>
        Assert.Equal("<p>A <em>theory</em> of <a href=\"https://x.org/\">deep</a> learning</p>", MarkdownHtml.Render("A *theory* of [deep](https://x.org/) learning"));

    [Theory]
    [InlineData("<script>alert(1)</script>Hi")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    public void Strips_what_could_run_script(string markdown)
    {
        var html = MarkdownHtml.Render(markdown);
        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:", html);
    }
}
