using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseFunctions.Import;

/// <summary>Plain text and links of Markdown inlines. Line breaks, including HTML &lt;br&gt;, become '\n'.</summary>
internal sealed record InlineText(string Text, IReadOnlyList<LinkInline> Links, bool HasStrikethrough)
{
    public static readonly InlineText Empty = new("", [], false);

    public static InlineText Of(Block? block) => block switch
    {
        LeafBlock { Inline: { } inline } => Of(inline),
        ContainerBlock container => Join(container.Select(Of)),
        _ => Empty,
    };

    public static InlineText Of(ContainerInline inline)
    {
        var text = new StringBuilder();
        var links = new List<LinkInline>();
        var struck = false;
        Append(inline, text, links, ref struck);
        return new InlineText(text.ToString().Trim(), links, struck);
    }

    /// <summary>The text split at line breaks, each part trimmed, empty parts dropped.</summary>
    public IEnumerable<string> Lines() =>
        Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static InlineText Join(IEnumerable<InlineText> parts)
    {
        var list = parts.ToList();
        return new InlineText(
            string.Join('\n', list.Select(p => p.Text).Where(t => t.Length > 0)),
            list.SelectMany(p => p.Links).ToList(),
            list.Any(p => p.HasStrikethrough));
    }

    private static void Append(Inline inline, StringBuilder text, List<LinkInline> links, ref bool struck)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content); break;
            case CodeInline code: text.Append(code.Content); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded); break;
            case LineBreakInline: text.Append('\n'); break;
            case HtmlInline html when IsLineBreakTag(html.Tag): text.Append('\n'); break;
            case HtmlInline: break;
            case AutolinkInline autolink: text.Append(autolink.Url); break;
            case LinkInline { IsImage: true }: break;
            case LinkInline link:
                links.Add(link);
                AppendChildren(link, text, links, ref struck);
                break;
            case EmphasisInline { DelimiterChar: '~' } strike:
                struck = true;
                AppendChildren(strike, text, links, ref struck);
                break;
            case ContainerInline container: AppendChildren(container, text, links, ref struck); break;
        }
    }

    private static void AppendChildren(ContainerInline container, StringBuilder text, List<LinkInline> links, ref bool struck)
    {
        foreach (var child in container) Append(child, text, links, ref struck);
    }

    private static bool IsLineBreakTag(string tag) =>
        tag.Replace(" ", "").ToLowerInvariant() is "<br>" or "<br/>" or "</br>";
}
