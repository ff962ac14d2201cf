using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseFunctions.Import;

/// <summary>
/// Reads reading-list items such as "Francis Bach book [*Learning theory from first principles*](url)":
/// the emphasised text is the title, the first link the URL, and the names before them the authors.
/// </summary>
internal static partial class LiteratureReader
{
    /// <summary>Words that end the lead-in before a title ("Francis Bach book", "notes by"); longer ones first.</summary>
    private static readonly string[] TrailingWords =
        ["lecture notes", "monograph", "survey", "course", "books", "notes", "paper", "book", "on", "by", "'s", "’s"];

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*", RegexOptions.NonBacktracking)]
    private static partial Regex NameSeparator();

    private static readonly HashSet<string> GenericLinkTexts =
        new(StringComparer.OrdinalIgnoreCase) { "book", "lecture notes", "notes", "link", "pdf", "here", "slides", "paper", "website" };

    public static IReadOnlyList<LiteratureItem> Read(IEnumerable<Block> blocks) =>
        blocks.OfType<ListBlock>()
            .SelectMany(list => list.OfType<ListItemBlock>())
            .Select(item => item.FirstOrDefault() as ParagraphBlock)
            .Where(paragraph => paragraph?.Inline is not null)
            .Select(paragraph => ReadItem(paragraph!.Inline!))
            .ToList();

    private static LiteratureItem ReadItem(ContainerInline inline)
    {
        var whole = InlineText.Of(inline);
        var emphasis = inline.Descendants<EmphasisInline>().FirstOrDefault(e => e.DelimiterChar is '*' or '_');
        var link = whole.Links.FirstOrDefault();
        var linkText = link is null ? null : InlineText.Of(link).Text;
        var title = emphasis is not null ? InlineText.Of(emphasis).Text
            : linkText is not null && !GenericLinkTexts.Contains(linkText) ? linkText
            : whole.Text.TrimEnd('.');
        return new LiteratureItem { Title = title, Url = link?.Url, Authors = emphasis is null && link is null ? [] : Authors(inline) };
    }

    /// <summary>The names written before the first link or emphasis, when they look like names.</summary>
    private static IReadOnlyList<string> Authors(ContainerInline inline)
    {
        var lead = string.Concat(inline.TakeWhile(child => child is LiteralInline).Select(child => ((LiteralInline)child).Content.ToString()));
        var names = NameSeparator().Split(WithoutTrailingWords(lead)).Where(name => name.Length > 0).ToList();
        var looksLikeNames = names.Count > 0 && names.All(name => name.Split(' ').Length is >= 2 and <= 4 && char.IsUpper(name[0]));
        return looksLikeNames ? names : [];
    }

    /// <summary>
    /// The text without its trailing filler words, removed one by one from the end. It walks back once over the
    /// text: a regex replaced again and again took minutes on a line of "on on on …" (quadratic).
    /// </summary>
    private static string WithoutTrailingWords(string text)
    {
        var rest = text.AsSpan().Trim();
        while (true)
        {
            var cut = 0;
            foreach (var word in TrailingWords)
                if (EndsWithWord(rest, word)) { cut = word.Length; break; }
            if (cut == 0) return rest.ToString();
            rest = rest[..^cut].TrimEnd();
        }
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word)
    {
        if (!text.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return false;
        if (word[0] is '\'' or '’' || text.Length == word.Length) return true;
        var before = text[^(word.Length + 1)];
        return !char.IsLetterOrDigit(before) && before != '_';
    }
}
