using CourseFunctions.Core.Storage;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Core.Tests.Slides;

public class SlideSearchIndexTests
{
    private static readonly SlidePage[] Pages =
    [
        new("deck1", 1, "Introduction to deep learning theory"),
        new("deck1", 2, "Régularisation implicite: gradient descent prefers minimum norm solutions. Régularisation again."),
        new("deck1", 3, "The double descent curve and benign overfitting"),
        new("deck2", 1, "Lazy training and the neural tangent kernel; regularisation is weak here"),
        new("deck2", 2, "Diffusion models and the speciation transition"),
    ];

    private static IReadOnlyList<SearchMatch> Search(string query) =>
        new SlideSearchIndex(Pages).Search(SearchText.Words(query).Select(w => w.Term).Distinct().ToList(), 10);

    [Fact]
    public void Matching_ignores_case_and_diacritics()
    {
        var hits = Search("REGULARISATION");
        Assert.Equal([("deck1", 2), ("deck2", 1)], hits.Select(h => (h.Page.MaterialId, h.Page.Number)));
    }

    [Fact]
    public void More_occurrences_and_rarer_terms_rank_higher()
    {
        var hits = Search("descent overfitting");
        Assert.Equal(("deck1", 3), (hits[0].Page.MaterialId, hits[0].Page.Number));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void No_match_gives_no_hits() => Assert.Empty(Search("transformers"));

    [Fact]
    public void Snippets_locate_the_matching_words()
    {
        var snippet = Search("regularisation").First().Snippet;
        Assert.Equal(2, snippet.Highlights.Count);
        Assert.All(snippet.Highlights, h => Assert.Equal("Régularisation", snippet.Text.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Long_pages_get_a_window_around_the_first_match()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 200)) + " needle " + string.Join(' ', Enumerable.Repeat("tail", 200));
        var match = Assert.Single(new SlideSearchIndex([new SlidePage("d", 7, text)]).Search(["needle"], 5));
        Assert.StartsWith("…", match.Snippet.Text);
        Assert.EndsWith("…", match.Snippet.Text);
        Assert.True(match.Snippet.Text.Length < 300);
        var highlight = Assert.Single(match.Snippet.Highlights);
        Assert.Equal("needle", match.Snippet.Text.Substring(highlight.Start, highlight.Length));
    }
}
