using CourseFunctions.Core.Storage;
using CourseFunctions.PdfReader;
using System.Diagnostics;
using CourseFunctions.Core.Slides;
using CourseFunctions.Tests.Shared;

// generate DIR            writes the benchmark decks: 20 decks of 60 pages, one of 400 pages, and (in DIR/big)
//                         a deck of about 100 MB: 120 pages, each with a 0.8 MB image as scanned slides have
// extract DIR|FILE        indexes every deck's text with PdfPig as the indexer does, prints pages and seconds
// search                  builds the search index of 40 x 50 pages and times queries against it and against a linear
//                         scan; prints pages, build ms, samples, then median, p95 and p99 ms of each
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
        // A course of 2,000 pages: 40 decks of 50. Each query runs the same rounds against the index and against the
        // baseline, a linear scan that folds every page's words per query (search as it would be without an index).
        var all = Enumerable.Range(1, 40)
            .SelectMany(deck => Pages(deck, 50).Select((text, index) => new SlidePage($"deck{deck:D2}", index + 1, text))).ToList();
        var build = Stopwatch.StartNew();
        var index = new SlideSearchIndex(all);
        var buildMs = build.Elapsed.TotalMilliseconds;
        var queries = new[] { "kernel", "double descent", "implicit bias gradient", "régularisation", "speciation transition diffusion" };
        var (indexed, scanned) = Time(queries, terms => index.Search(terms, 20).Count, terms => Scan(all, terms, 20));
        Console.WriteLine($"{all.Count} {buildMs:F1} {indexed.Count} {Summary(indexed)} {Summary(scanned)}");
        break;

    default:
        Console.Error.WriteLine("usage: generate DIR | extract DIR | search");
        return 2;
}
return 0;

// 220 rounds of the queries; the first 20 warm up. Each query runs on both searches in turn, so that a machine
// busier at one moment than another weighs on both alike. Sorted times in milliseconds.
static (List<double> First, List<double> Second) Time(string[] queries, params Func<IReadOnlyCollection<string>, int>[] searches)
{
    var times = searches.Select(_ => new List<double>()).ToArray();
    for (var round = 0; round < 220; round++)
        foreach (var query in queries)
        {
            var terms = SearchText.Words(query).Select(w => w.Term).Distinct().ToList();
            for (var i = 0; i < searches.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                if (searches[i](terms) == 0) throw new InvalidOperationException($"'{query}' found nothing");
                if (round >= 20) times[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    foreach (var list in times) list.Sort();
    return (times[0], times[1]);
}

// Nearest-rank percentiles: the smallest time that q of the samples do not exceed.
static string Summary(List<double> sorted) => string.Join(' ', new[] { 0.50, 0.95, 0.99 }
    .Select(q => sorted[(int)Math.Ceiling(q * sorted.Count) - 1].ToString("F3", System.Globalization.CultureInfo.InvariantCulture)));

// The baseline: every page's words folded again for each query, pages ranked by how often the terms occur.
static int Scan(List<SlidePage> pages, IReadOnlyCollection<string> terms, int top)
{
    var scored = new List<(SlidePage Page, int Hits)>();
    foreach (var page in pages)
    {
        var hits = SearchText.Words(page.Text).Count(word => terms.Contains(word.Term));
        if (hits > 0) scored.Add((page, hits));
    }
    return scored.OrderByDescending(s => s.Hits).Take(top).Count();
}

// Slide-like text: a heading's worth of topic words and a few bullet lines per page.
static string[] Pages(int deck, int count)
{
    string[] topics = ["neural tangent kernel", "double descent", "implicit bias of gradient descent", "regularisation", "benign overfitting",
        "universal approximation", "lazy training", "speciation transition in diffusion models", "random features", "mean field limit"];
    return Enumerable.Range(1, count).Select(page =>
        $"Deck {deck} page {page}: {topics[(deck + page) % topics.Length]} and {topics[(deck * page) % topics.Length]}. " +
        $"We study {topics[page % topics.Length]} in the proportional regime, with width n and sample size m growing together.").ToArray();
}
