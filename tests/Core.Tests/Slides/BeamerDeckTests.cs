using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using CourseFunctions.PdfReader;

namespace CourseFunctions.Core.Tests.Slides;

/// <summary>
/// Decks built with real pdfLaTeX and Beamer (tests/Fixtures/slides, sources and build.sh beside them): T1 without
/// lmodern (Type 3 bitmap fonts, no ToUnicode), OT1 accents drawn as separate glyphs, \pause overlays, a scanned page.
/// </summary>
public class BeamerDeckTests
{
    private static async Task<List<PageReading>> Read(string deck)
    {
        var pages = new List<PageReading>();
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "slides", deck));
        await PdfSlideReader.ReadAsync(file, 2_000, page => { pages.Add(page); return Task.CompletedTask; });
        return pages;
    }

    [Fact]
    public async Task Cork_ligatures_of_bitmap_fonts_are_read_as_the_letters_they_join()
    {
        var pages = await Read("ligatures-t1.pdf");
        Assert.Equal("The official first layer The official schedule puts the first layer before the affine map. "
            + "Gradient flows are difficult to follow when the step is large.", pages[0].Text);
        Assert.Equal("Effective stiffness An efficient offline solver finds sufficient conditions for stiff flows.", pages[1].Text);
        Assert.All(pages, page => Assert.Equal(1.0, page.Quality));
    }

    [Fact]
    public async Task Accents_drawn_over_a_letter_become_one_character_and_search_finds_the_word_without_them()
    {
        var page = Assert.Single(await Read("accents-ot1.pdf"));
        Assert.StartsWith("Régularisation et généralisation Chaque élève compare la méthode naïve à la régularisation.", page.Text);
        Assert.Contains("être déjà entraîné sur une fenêtre fixée.", page.Text);
        Assert.True(page.Text.IsNormalized());

        var index = new SlideSearchIndex([new SlidePage("deck", 1, page.Text)]);
        Assert.Single(index.Search(["regularisation"], 5));
        Assert.Single(index.Search([SearchText.Fold("élève")], 5));
    }

    [Fact]
    public async Task Overlay_pages_show_only_their_visible_words_and_share_the_frame_label()
    {
        var pages = await Read("overlays.pdf");
        Assert.Equal(["1", "1", "1", "2"], pages.Select(p => p.Label));
        Assert.Equal("Kernel regime Wide networks stay near their initialisation.", pages[0].Text);
        Assert.DoesNotContain("tangent", pages[0].Text);
        Assert.StartsWith(pages[1].Text, pages[2].Text);

        var frames = new SlideFrames();
        Assert.Equal([1, 1, 1, 4], pages.Select(frames.FrameOf));
    }

    [Fact]
    public async Task A_scanned_page_is_reported_as_an_image_without_text()
    {
        var pages = await Read("scanned.pdf");
        Assert.False(pages[0].ImageOnly);
        Assert.True(pages[1].ImageOnly);
        Assert.Equal("", pages[1].Text);
        Assert.Null(pages[1].Quality);
    }

    [Fact]
    public async Task A_frame_with_three_overlays_is_one_hit_on_the_page_where_the_words_appear()
    {
        var pages = await Read("overlays.pdf");
        var frames = new SlideFrames();
        var index = new SlideSearchIndex(pages.Select(p => new SlidePage("deck", p.Number, p.Text, frames.FrameOf(p))).ToList());

        var hit = Assert.Single(index.Search(["tangent", "kernel"], 10));
        Assert.Equal(2, hit.Page.Number);
        Assert.Equal(3, hit.LastPage);
        var title = Assert.Single(index.Search(["regime"], 10));
        Assert.Equal(1, title.Page.Number);
        Assert.Null(Assert.Single(index.Search(["width"], 10)).LastPage);
    }
}
