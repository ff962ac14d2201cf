using CourseFunctions.Core.Storage;
using CourseFunctions.PdfReader;
using System.Diagnostics;
using CourseFunctions.Core.Slides;
using CourseFunctions.Tests.Shared;

// generate DIR            writes the benchmark decks: 20 decks of 60 pages, one of 400 pages, and (in DIR/big)
//                         a deck of about 100 MB: 120 pages, each with a 0.8 MB image as scanned slides have
// extract DIR|FILE        indexes every deck's text with PdfPig as the indexer does, prints pages and seconds
// search                  builds the search index of 20 x 60 pages and times queries
switch (args)
{
    case ["generate", var directory]:
        Directory.CreateDirectory(directory);
        for (var deck = 1; deck <= 20; deck++)
            File.WriteAllBytes(Path.Combine(directory, $"deck{deck:D2}.pdf"), TestPdfs.Deck($"Lecture {deck}", Pages(deck, 60)));
        File.WriteAllBytes(Path.Combine(directory, "big400.pdf"), TestPdfs.Deck("Big deck", Pages(99, 400)));
        Directory.CreateDirectory(Path.Combine(directory, "big"));
        File.WriteAllBytes(Path.Combine(directory, "big", "scanned100mb.pdf"), TestPdfs.ScannedDeck(Pages(7, 120), imageBytes: 800_000));
        break;

    case ["extract", var directory]:
        var watch = Stopwatch.StartNew();
        var pages = 0;
        var files = File.Exists(directory) ? [directory] : Directory.GetFiles(directory, "*.pdf").Order().ToArray();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            var summary = await PdfSlideReader.ReadAsync(stream, int.MaxValue, _ => Task.CompletedTask);
            pages += summary.PageCount;
        }
        Console.WriteLine($"{pages} {watch.Elapsed.TotalSeconds:F3}");
        break;

    case ["search"]:
        var all = Enumerable.Range(1, 20).SelectMany(deck => Pages(deck, 60).Select((text, index) => new SlidePage($"deck{deck:D2}", index + 1, text))).ToList();
        var build = Stopwatch.StartNew();
        var index = new SlideSearchIndex(all);
        var buildMs = build.Elapsed.TotalMilliseconds;
        var queries = new[] { "kernel", "double descent", "implicit bias gradient", "régularisation", "speciation transition diffusion" };
        var times = new List<double>();
        for (var round = 0; round < 200; round++)
            foreach (var query in queries)
            {
                var terms = SearchText.Words(query).Select(w => w.Term).Distinct().ToList();
                var started = Stopwatch.GetTimestamp();
                index.Search(terms, 20);
                if (round >= 20) times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        times.Sort();
        Console.WriteLine($"{all.Count} {buildMs:F1} {times[times.Count / 2]:F3} {times[(int)(times.Count * 0.95)]:F3}");
        break;

    default:
        Console.Error.WriteLine("usage: generate DIR | extract DIR | search");
        return 2;
}
return 0;

// Slide-like text: a heading's worth of topic words and a few bullet lines per page.
static string[] Pages(int deck, int count)
{
    string[] topics = ["neural tangent kernel", "double descent", "implicit bias of gradient descent", "regularisation", "benign overfitting",
        "universal approximation", "lazy training", "speciation transition in diffusion models", "random features", "mean field limit"];
    return Enumerable.Range(1, count).Select(page =>
        $"Deck {deck} page {page}: {topics[(deck + page) % topics.Length]} and {topics[(deck * page) % topics.Length]}. " +
        $"We study {topics[page % topics.Length]} in the proportional regime, with width n and sample size m growing together.").ToArray();
}
