using CourseFunctions.PdfReader;
using CourseFunctions.Core.Slides;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Core.Tests.Slides;

public class PdfSlideReaderTests
{
    private static async Task<(PdfSlideReader.Summary Summary, List<(int Number, string Text)> Pages)> Read(byte[] pdf)
    {
        var pages = new List<(int, string)>();
        var summary = await PdfSlideReader.ReadAsync(new MemoryStream(pdf), 2_000, page => { pages.Add((page.Number, page.Text)); return Task.CompletedTask; });
        return (summary, pages);
    }

    [Fact]
    public async Task Reads_every_page_in_order_with_its_text()
    {
        var (summary, pages) = await Read(TestPdfs.Deck("Lazy training", "kernel regime", "feature learning", "double descent"));
        Assert.Equal(3, summary.PageCount);
        Assert.Equal([1, 2, 3], pages.Select(p => p.Number));
        Assert.Contains("feature learning", pages[1].Text);
    }

    [Fact]
    public async Task The_title_is_the_metadata_title_else_the_largest_text_of_page_one()
    {
        Assert.Equal("Lazy training", (await Read(TestPdfs.Deck("Lazy training", "body"))).Summary.Title);
        var untitled = TestPdfs.Deck(null, [("Implicit bias of SGD", "small print"), ("Next", "more")]);
        Assert.Equal("Implicit bias of SGD", (await Read(untitled)).Summary.Title);
    }

    [Fact]
    public async Task An_encrypted_pdf_is_refused_with_a_reason()
    {
        var error = await Assert.ThrowsAsync<UnreadableSlidesException>(() => Read(TestPdfs.Encrypted(TestPdfs.Deck("x", "y"))));
        Assert.Contains("password", error.Message);
    }

    [Fact]
    public async Task A_truncated_pdf_is_refused_with_a_reason()
    {
        var error = await Assert.ThrowsAsync<UnreadableSlidesException>(() => Read(TestPdfs.Truncated(TestPdfs.Deck("x", "y", "z"))));
        Assert.Contains("truncated or damaged", error.Message);
    }
}
