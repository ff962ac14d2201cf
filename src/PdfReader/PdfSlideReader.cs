using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace CourseFunctions.PdfReader;

/// <summary>
/// Reads a deck with PdfPig one page at a time, so memory stays bounded by the largest page rather than
/// the document. The title is the PDF's metadata title, else the first page's most prominent text.
/// </summary>
public static class PdfSlideReader
{
    private const int MaxTitleLength = 200;

    public sealed record Summary(string? Title, int PageCount);

    /// <param name="stream">A seekable stream of the PDF.</param>
    /// <param name="maxPages">More pages than this (a page tree claiming 200,000 pages, say) refuse the file before any is read.</param>
    /// <param name="onPage">Receives each page's reading, in order.</param>
    /// <exception cref="UnreadableSlidesException">The file is encrypted, has too many pages or is not a readable PDF.</exception>
    public static async Task<Summary> ReadAsync(Stream stream, int maxPages, Func<PageReading, Task> onPage)
    {
        try
        {
            using var document = PdfDocument.Open(stream, new ParsingOptions { UseLenientParsing = true });
            if (document.NumberOfPages > maxPages)
                throw new UnreadableSlidesException($"The PDF says it has {document.NumberOfPages:N0} pages; the limit is {maxPages:N0}. "
                    + "Split it into one deck per lecture.");
            string? title = string.IsNullOrWhiteSpace(document.Information.Title) ? null : Clean(document.Information.Title);
            var labels = new PageLabels(document);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                var text = PageTextReader.Read(document, page);
                if (number == 1) title ??= text.Text.Length == 0 ? null : ProminentText(page);
                await onPage(new PageReading(number, text.Text, labels.Of(number), text.Quality, text.ImageOnly));
            }
            return new Summary(title, document.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableSlidesException("The PDF is password-protected; upload it without a password.");
        }
        catch (Exception error) when (error is not UnreadableSlidesException and not IOException and not OperationCanceledException)
        {
            // PdfPig signals damaged files with many exception types; none of them is the uploader's to debug.
            throw new UnreadableSlidesException("The file could not be read as a PDF: it may be truncated or damaged. Export it again and re-upload.");
        }
    }

    /// <summary>The words set in the largest type on the page, e.g. a title slide's title.</summary>
    private static string? ProminentText(Page page)
    {
        var words = page.GetWords().Where(word => word.Letters.Count > 0).ToList();
        if (words.Count == 0) return null;
        var largest = words.Max(word => word.Letters.Max(letter => letter.PointSize));
        var text = string.Join(' ', words.Where(word => word.Letters.Max(letter => letter.PointSize) >= largest * 0.95).Select(word => word.Text));
        return text.Length == 0 ? null : Clean(text);
    }

    private static string Clean(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length > MaxTitleLength ? single[..MaxTitleLength] : single;
    }
}

