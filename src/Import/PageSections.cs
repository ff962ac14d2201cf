using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>A page split at its level-2 headings. Blocks before the first one form the intro.</summary>
internal sealed class PageSections
{
    public sealed record Section(string Heading, int Line, IReadOnlyList<Block> Blocks);

    public IReadOnlyList<Block> Intro { get; }
    public IReadOnlyList<Section> Sections { get; }
    public string? FirstHeading { get; }

    public PageSections(MarkdownDocument document)
    {
        var intro = new List<Block>();
        var sections = new List<Section>();
        List<Block>? current = null;
        foreach (var block in document)
        {
            ImportBudget.ThrowIfSpent();
            if (block is HeadingBlock { Level: 1 } title && FirstHeading is null && current is null)
            {
                FirstHeading = HeadingText(title);
                continue;
            }
            if (block is HeadingBlock { Level: 2 } heading)
            {
                current = [];
                sections.Add(new Section(HeadingText(heading), heading.Line, current));
                continue;
            }
            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock) continue;
            (current ?? intro).Add(block);
        }
        Intro = intro;
        Sections = sections;
    }

    /// <summary>A heading's text without the Pandoc/Quarto attributes that may end it ("Schedule {.unnumbered}").</summary>
    private static string HeadingText(HeadingBlock heading)
    {
        var text = InlineText.Of(heading).Text.Trim();
        var open = text.LastIndexOf(" {", StringComparison.Ordinal);
        return text.EndsWith('}') && open > 0 && text[open + 2] is '.' or '#' ? text[..open].TrimEnd() : text;
    }
}
