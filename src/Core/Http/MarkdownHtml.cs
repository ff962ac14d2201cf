using Ganss.Xss;
using Markdig;

namespace CourseFunctions.Core.Http;

/// <summary>
/// Renders course Markdown to HTML a page may insert directly. Course pages may carry raw HTML,
/// so the output goes through an allow-list sanitiser: no scripts, event handlers or javascript: URLs.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string Render(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();
}
