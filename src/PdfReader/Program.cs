using CourseFunctions.Core.Slides;

// PdfPig can overflow its stack on hostile files, which no .NET code can catch: here that ends this process
// only, and the indexer that started it records the deck as failed.
return await PdfReaderProcess.RunChildAsync(args, Console.OpenStandardOutput());
