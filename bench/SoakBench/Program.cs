using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using CourseFunctions.Tests.Shared;

// Soak: readers, editors and slide uploads against a running DevServer while its Azurite is paused and resumed.
// Reports acknowledged writes lost (must be 0), 5xx other than 503 (must be 0), and latency percentiles.
// Usage: SoakBench <api base> <edit key> <storage connection string> <azurite pid> <seconds> <results file>
var (api, key, storage, azuritePid, seconds, resultsPath) = (args[0].TrimEnd('/'), args[1], args[2], int.Parse(args[3]), int.Parse(args[4]), args[5]);
var client = new HttpClient { BaseAddress = new Uri(api + "/"), Timeout = TimeSpan.FromSeconds(30) };
var schedule = JsonDocument.Parse(await client.GetStringAsync("courses/iasd2025/schedule")).RootElement;
var dates = schedule.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("date").GetString()!).ToArray();

var latencies = new ConcurrentBag<double>();
var statuses = new ConcurrentDictionary<int, int>();
var lastAcknowledged = new ConcurrentDictionary<string, int>(); // session date -> highest acknowledged edit number
var attempted = new ConcurrentDictionary<string, int>();
var uploadsFailed = 0;
var pauses = 0;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

async Task<HttpResponseMessage?> Timed(Func<Task<HttpResponseMessage>> send)
{
    var watch = Stopwatch.StartNew();
    try
    {
        var response = await send();
        latencies.Add(watch.Elapsed.TotalMilliseconds);
        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        return response;
    }
    catch (Exception) when (!stop.IsCancellationRequested)
    {
        statuses.AddOrUpdate(0, 1, (_, n) => n + 1); // no answer at all (transport error or client timeout)
        return null;
    }
}

async Task Reader(int seed)
{
    var random = new Random(seed);
    string[] paths = ["courses", "courses/iasd2025", "courses/iasd2025/schedule", "courses/iasd2025/calendar.ics", "courses/iasd2025/materials"];
    while (!stop.IsCancellationRequested)
        (await Timed(() => client.GetAsync(paths[random.Next(paths.Length)])))?.Dispose();
}

// One editor per session, so that the last acknowledged edit of a session is the one that must be stored.
async Task Editor(string date)
{
    for (var n = 1; !stop.IsCancellationRequested; n++)
    {
        var path = $"courses/iasd2025/sessions/{date}";
        using var read = await Timed(() => client.GetAsync(path));
        if (read?.StatusCode != HttpStatusCode.OK) { await Task.Delay(100); continue; }
        var patch = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent($$"""{"note":"edit {{n}}"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        patch.Headers.Add("x-functions-key", key);
        attempted[date] = n;
        using var response = await Timed(() => client.SendAsync(patch));
        if (response?.StatusCode == HttpStatusCode.OK) lastAcknowledged[date] = n;
        await Task.Delay(50);
    }
}

async Task Uploader()
{
    var container = new BlobServiceClient(storage).GetBlobContainerClient("slides");
    for (var n = 1; !stop.IsCancellationRequested; n++)
    {
        try
        {
            using var upload = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await container.GetBlobClient($"iasd2025/{dates[n % dates.Length]}-soak-{n % 5}.pdf")
                .UploadAsync(new BinaryData(TestPdfs.Deck($"Soak deck {n}", "kernel regime", "double descent")), overwrite: true, upload.Token);
        }
        catch (Exception) { Interlocked.Increment(ref uploadsFailed); } // the instructor's tool sees storage down: not ours to count
        await Task.Delay(500);
    }
}

async Task Chaos()
{
    while (!stop.IsCancellationRequested)
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        if (stop.IsCancellationRequested) break;
        Process.Start("kill", ["-STOP", $"{azuritePid}"])!.WaitForExit();
        pauses++;
        await Task.Delay(TimeSpan.FromSeconds(4));
        Process.Start("kill", ["-CONT", $"{azuritePid}"])!.WaitForExit();
    }
}

var workers = Enumerable.Range(0, 8).Select(Reader).Concat(dates.Select(Editor)).Append(Uploader()).Append(Chaos()).ToList();
await Task.WhenAll(workers.Select(async w => { try { await w; } catch (OperationCanceledException) { } }));
Process.Start("kill", ["-CONT", $"{azuritePid}"])!.WaitForExit();

// Storage is back: every session must hold its last acknowledged edit, or a later one that was attempted.
await Task.Delay(TimeSpan.FromSeconds(3));
var lost = 0;
foreach (var date in dates)
{
    var note = JsonDocument.Parse(await client.GetStringAsync($"courses/iasd2025/sessions/{date}")).RootElement.GetProperty("note").GetString() ?? "";
    var stored = note.StartsWith("edit ") ? int.Parse(note[5..]) : 0;
    if (stored < lastAcknowledged.GetValueOrDefault(date)) lost++;
}

var sorted = latencies.OrderBy(x => x).ToArray();
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
var other5xx = statuses.Where(s => s.Key >= 500 && s.Key != 503).Sum(s => s.Value);
var lines = new[]
{
    "# Soak: reads, edits and uploads while storage is paused and resumed",
    "",
    $"Run on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores) with `bench/run-soak.sh`: "
        + $"{seconds} s against the DevServer (Release) and Azurite,",
    $"8 readers, one editor per session ({dates.Length}), one uploader every 0.5 s; Azurite paused (SIGSTOP) for 4 s every 9 s ({pauses} pauses).",
    "",
    "| Measure | Value |",
    "|---|---|",
    $"| Requests | {sorted.Length:N0} |",
    $"| Acknowledged writes lost | **{lost}** (of {lastAcknowledged.Values.Sum():N0} acknowledged edits) |",
    $"| 5xx other than 503 | **{other5xx}** |",
    $"| Status counts | {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key)}: {s.Value:N0}"))} |",
    $"| Latency p50 / p99 / max | {Percentile(0.5):F1} / {Percentile(0.99):F1} / {sorted.LastOrDefault():F1} ms |",
    $"| Slide uploads that failed at storage (the uploader's side) | {uploadsFailed} |",
};
File.WriteAllLines(resultsPath, lines);
Console.WriteLine(string.Join(Environment.NewLine, lines));
return lost == 0 && other5xx == 0 ? 0 : 1;
