using Markdig.Syntax;

namespace CourseFunctions.Core.Import;

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
            if (block is HeadingBlock { Level: 1 } title && FirstHeading is null && current is null)
            {
                FirstHeading = InlineText.Of(title).Text;
                continue;
            }
            if (block is HeadingBlock { Level: 2 } heading)
            {
                current = [];
                sections.Add(new Section(InlineText.Of(heading).Text, heading.Line, current));
                continue;
            }
            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock) continue;
            (current ?? intro).Add(block);
        }
        Intro = intro;
        Sections = sections;
    }
}
