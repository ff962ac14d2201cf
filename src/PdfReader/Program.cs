using System.Globalization;
using System.Text;
using System.Text.Json;
using CourseFunctions.PdfReader;

// Reads the PDF at args[0], with at most args[1] pages, and writes one ReaderMessage per line.
// PdfPig can overflow its stack on hostile files, which no .NET code can catch: here that ends this process
// only, and the indexer that started it records the deck as failed.
await using var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
Task Write(ReaderMessage message) => writer.WriteLineAsync(JsonSerializer.Serialize(message, ReaderMessage.Json));
try
{
    await using var file = File.OpenRead(args[0]);
    var maxPages = int.Parse(args[1], CultureInfo.InvariantCulture);
    var summary = await PdfSlideReader.ReadAsync(file, maxPages, page => Write(new ReaderMessage(
        Page: page.Number, Text: page.Text, Label: page.Label, Quality: page.Quality, ImageOnly: page.ImageOnly ? true : null)));
    await Write(new ReaderMessage(PageCount: summary.PageCount, Title: summary.Title));
}
catch (UnreadableSlidesException error)
{
    await Write(new ReaderMessage(Error: error.Message));
}
return 0;
