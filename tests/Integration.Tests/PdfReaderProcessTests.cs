using CourseFunctions.PdfReader;
using CourseFunctions.Core.Slides;
using CourseFunctions.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// The PDF reader's child process on hostile decks the tests generate. This test process stays alive through
/// each of them: a stack overflow in PdfPig would otherwise end it, as it ended the indexer's host.
/// </summary>
public sealed class PdfReaderProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("coursefunctions-pdf-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(PdfSlideReader.Summary Summary, List<(int Number, string Text)> Pages)> ReadAsync(byte[] pdf, SlidesOptions? options = null)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var pages = new List<(int, string)>();
        var reader = new PdfReaderProcess(Options.Create(options ?? new SlidesOptions()), NullLogger<PdfReaderProcess>.Instance);
        var summary = await reader.ReadAsync(path, page => { pages.Add((page.Number, page.Text)); return Task.CompletedTask; }, default);
        return (summary, pages);
    }

    [Fact]
    public async Task A_good_deck_is_read_page_by_page_in_the_child()
    {
        var (summary, pages) = await ReadAsync(TestPdfs.Deck("Lazy training", "Kernel regime", "Linearisation"));
        Assert.Equal(new PdfSlideReader.Summary("Lazy training", 2), summary);
        Assert.Equal([1, 2], pages.Select(p => p.Number));
        Assert.Contains("Linearisation", pages[1].Text);
    }

    [Fact]
    public async Task A_deck_that_overflows_the_parsers_stack_ends_only_the_child()
    {
        var error = await Assert.ThrowsAsync<UnreadableSlidesException>(() => ReadAsync(TestPdfs.StackOverflowing()));
        Assert.Contains("The PDF reader stopped on this file", error.Message);
        // Still here, and still reading.
        Assert.Equal(1, (await ReadAsync(TestPdfs.Deck("After", "fine"))).Summary.PageCount);
    }

    [Fact]
    public async Task A_page_tree_claiming_200000_pages_is_refused_before_any_page_is_read()
    {
        var error = await Assert.ThrowsAsync<UnreadableSlidesException>(() => ReadAsync(TestPdfs.PageBomb(200_000)));
        Assert.Equal("The PDF says it has 200,000 pages; the limit is 2,000. Split it into one deck per lecture.", error.Message);
    }

    [Fact]
    public async Task A_reading_past_the_deadline_is_stopped()
    {
        var slow = new SlidesOptions { MaxSecondsPerDeck = 1, MaxPagesPerDeck = int.MaxValue };
        var error = await Assert.ThrowsAsync<UnreadableSlidesException>(() => ReadAsync(TestPdfs.PageBomb(400_000), slow));
        Assert.Contains("took longer than 1 s", error.Message);
    }

    [Fact]
    public async Task Deep_nesting_is_read_or_refused_but_never_crashes()
    {
        try
        {
            Assert.Equal(1, (await ReadAsync(TestPdfs.DeeplyNested())).Summary.PageCount);
        }
        catch (UnreadableSlidesException error)
        {
            Assert.NotEmpty(error.Message);
        }
    }
}
