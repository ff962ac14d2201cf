using CourseFunctions.Core.Courses;
using Ganss.Xss;
using Markdig;

namespace CourseFunctions.Import;

/// <summary>Renders an instructor's Markdown to the sanitised HTML stored beside it (<see cref="MarkdownText"/>).</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // An explicit allow-list: text formatting, lists, tables, links, headings and code. No forms, inputs,
    // buttons, iframes, objects, scripts, style or classes: the HTML is inserted into the instructor's own
    // site, where a form could phish and a fixed-position element could cover the page.
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr", "cite", "q",
            "blockquote", "code", "pre", "kbd", "samp", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "h1", "h2", "h3", "h4", "h5", "h6",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan", "start", "abbr" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        AllowedCssProperties = new HashSet<string>(),
    });

    /// <summary>The text with its HTML, or null when there is no text.</summary>
    /// <exception cref="MarkdownTooDeepException">The text nests deeper than <see cref="MarkdownText.MaxNesting"/>.</exception>
    public static MarkdownText? Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var html = Sanitizer.Sanitize(ToHtml(markdown)).Trim();
        return new MarkdownText(markdown, html);
    }

    private static string ToHtml(string markdown)
    {
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException) // Markdig's own depth limit
        {
            throw new MarkdownTooDeepException(MarkdownText.MaxNesting);
        }
        if (Depth(document) > MarkdownText.MaxNesting) throw new MarkdownTooDeepException(MarkdownText.MaxNesting);
        return document.ToHtml(Pipeline);
    }

    /// <summary>The deepest nesting of blocks and inlines, walked with an explicit stack (no recursion to overflow).</summary>
    private static int Depth(Markdig.Syntax.MarkdownObject root)
    {
        var deepest = 0;
        var pending = new Stack<(Markdig.Syntax.MarkdownObject Node, int Depth)>([(root, 0)]);
        while (pending.TryPop(out var current))
        {
            deepest = Math.Max(deepest, current.Depth);
            IEnumerable<Markdig.Syntax.MarkdownObject> children = current.Node switch
            {
                Markdig.Syntax.ContainerBlock container => container,
                Markdig.Syntax.LeafBlock { Inline: { } inline } => [inline],
                Markdig.Syntax.Inlines.ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children) pending.Push((child, current.Depth + 1));
        }
        return deepest;
    }
}
