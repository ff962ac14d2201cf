using CourseFunctions.Core.Storage;
namespace CourseFunctions.Core.Slides;

/// <summary>
/// An in-memory BM25 index of one course's slide frames (k1 = 1.2, b = 0.75), built from the stored page text.
/// The overlay pages of one frame are one document, so a frame with three overlays is one hit, not three: a term
/// counts as often as the page showing it most shows it. A hit names the first page of the frame where all its
/// matching words are visible. Snippets are cut only for the hits returned.
/// </summary>
public sealed class SlideSearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int SnippetBefore = 60;
    private const int SnippetLength = 200;

    private readonly List<IndexedFrame> _frames = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public SlideSearchIndex(IEnumerable<SlidePage> pages)
    {
        foreach (var frame in pages.GroupBy(p => (p.MaterialId, p.FirstPageOfFrame)))
        {
            var ordered = frame.OrderBy(p => p.Number).ToList();
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            var visible = new List<HashSet<string>>(ordered.Count);
            foreach (var page in ordered)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (term, _, _) in SearchText.Words(page.Text)) counts[term] = counts.GetValueOrDefault(term) + 1;
                foreach (var (term, count) in counts) frequencies[term] = Math.Max(frequencies.GetValueOrDefault(term), count);
                visible.Add([.. counts.Keys]);
            }
            foreach (var term in frequencies.Keys) _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            _frames.Add(new IndexedFrame(ordered, visible, frequencies, frequencies.Values.Sum()));
        }
        _averageLength = _frames.Count == 0 ? 1 : Math.Max(1, _frames.Average(f => f.Length));
    }

    /// <summary>Frames indexed: what a search scores.</summary>
    public int FrameCount => _frames.Count;

    /// <param name="include">Which materials may be found (ready, and published for this caller).</param>
    public IReadOnlyList<SearchMatch> Search(IReadOnlyCollection<string> terms, int top, Func<string, bool>? include = null)
    {
        var idf = terms.ToDictionary(term => term, term =>
        {
            var documents = _documentFrequency.GetValueOrDefault(term);
            return Math.Log(1 + (_frames.Count - documents + 0.5) / (documents + 0.5));
        }, StringComparer.Ordinal);
        var scored = new List<(IndexedFrame Frame, double Score)>();
        foreach (var frame in _frames)
        {
            var score = 0.0;
            foreach (var term in terms)
            {
                if (!frame.Frequencies.TryGetValue(term, out var frequency)) continue;
                score += idf[term] * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * frame.Length / _averageLength));
            }
            if (score > 0 && (include is null || include(frame.Pages[0].MaterialId))) scored.Add((frame, score));
        }
        return scored
            .OrderByDescending(m => m.Score).ThenBy(m => m.Frame.Pages[0].MaterialId, StringComparer.Ordinal).ThenBy(m => m.Frame.Pages[0].Number)
            .Take(top)
            .Select(m =>
            {
                var page = m.Frame.PageShowing(terms);
                var last = m.Frame.Pages[^1].Number;
                return new SearchMatch(page, m.Score, Snippet(page.Text, terms), last > m.Frame.Pages[0].Number ? last : null);
            })
            .ToList();
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

    /// <param name="Pages">The frame's pages in order.</param>
    /// <param name="Visible">The terms each page shows.</param>
    private sealed record IndexedFrame(List<SlidePage> Pages, List<HashSet<string>> Visible, Dictionary<string, int> Frequencies, int Length)
    {
        /// <summary>The first page showing every query term the frame has; else the page showing the most of them.</summary>
        public SlidePage PageShowing(IReadOnlyCollection<string> terms)
        {
            var wanted = terms.Where(Frequencies.ContainsKey).ToList();
            var best = 0;
            var bestCount = -1;
            for (var i = 0; i < Pages.Count; i++)
            {
                var count = wanted.Count(Visible[i].Contains);
                if (count == wanted.Count) return Pages[i];
                if (count > bestCount) (best, bestCount) = (i, count);
            }
            return Pages[best];
        }
    }
}

/// <param name="Page">The page of the frame to open: the first one where the matching words are visible.</param>
/// <param name="LastPage">The frame's last page, when the frame spans several pages.</param>
public sealed record SearchMatch(SlidePage Page, double Score, Snippet Snippet, int? LastPage = null);

public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>A matching word in a snippet: its start and length in UTF-16 code units, as JavaScript counts.</summary>
public sealed record Highlight(int Start, int Length);
