using CourseFunctions.Core.Storage;
namespace CourseFunctions.Core.Slides;

/// <summary>
/// An in-memory BM25 index of one course's slide pages (k1 = 1.2, b = 0.75), built from the stored page
/// text. A course of 20 decks of 60 pages is 1,200 small documents: building takes milliseconds.
/// </summary>
public sealed class SlideSearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int SnippetBefore = 60;
    private const int SnippetLength = 200;

    private readonly List<IndexedPage> _pages = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public SlideSearchIndex(IEnumerable<SlidePage> pages)
    {
        foreach (var page in pages)
        {
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            var length = 0;
            foreach (var (term, _, _) in SearchText.Words(page.Text))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                length++;
            }
            foreach (var term in frequencies.Keys) _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            _pages.Add(new IndexedPage(page, frequencies, length));
        }
        _averageLength = _pages.Count == 0 ? 1 : Math.Max(1, _pages.Average(p => p.Length));
    }

    public IReadOnlyList<SearchMatch> Search(IReadOnlyCollection<string> terms, int top)
    {
        var matches = new List<SearchMatch>();
        foreach (var page in _pages)
        {
            var score = 0.0;
            foreach (var term in terms)
            {
                if (!page.Frequencies.TryGetValue(term, out var frequency)) continue;
                var documents = _documentFrequency[term];
                var idf = Math.Log(1 + (_pages.Count - documents + 0.5) / (documents + 0.5));
                score += idf * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * page.Length / _averageLength));
            }
            if (score > 0) matches.Add(new SearchMatch(page.Page, score, Snippet(page.Page.Text, terms)));
        }
        return matches.OrderByDescending(m => m.Score).ThenBy(m => m.Page.MaterialId).ThenBy(m => m.Page.Number).Take(top).ToList();
    }

    /// <summary>Text around the first matching word, with the offsets of every matching word in it.</summary>
    private static Snippet Snippet(string text, IReadOnlyCollection<string> terms)
    {
        var words = SearchText.Words(text).ToList();
        var first = words.FindIndex(w => terms.Contains(w.Term));
        var start = first < 0 ? 0 : Math.Max(0, words[first].Index - SnippetBefore);
        while (start > 0 && first >= 0 && start < words[first].Index && !char.IsWhiteSpace(text[start - 1])) start++;
        var end = Math.Min(text.Length, start + SnippetLength);
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start < SnippetLength + 30) end++;
        var prefix = start > 0 ? "…" : "";
        var highlights = words
            .Where(w => terms.Contains(w.Term) && w.Index >= start && w.Index + w.Length <= end)
            .Select(w => new Highlight(w.Index - start + prefix.Length, w.Length))
            .ToList();
        return new Snippet(prefix + text[start..end] + (end < text.Length ? "…" : ""), highlights);
    }

    private sealed record IndexedPage(SlidePage Page, Dictionary<string, int> Frequencies, int Length);
}

public sealed record SearchMatch(SlidePage Page, double Score, Snippet Snippet);

public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>A matching word in a snippet: its start and length in UTF-16 code units, as JavaScript counts.</summary>
public sealed record Highlight(int Start, int Length);
