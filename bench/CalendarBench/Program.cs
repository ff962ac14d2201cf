using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Courses;
using CourseFunctions.Http.Api;
using CourseFunctions.Http;
using CourseFunctions.Core.Reading;
using CourseFunctions.Import;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Measures the calendar feed on the path a request takes (CalendarApi, Table Storage on Azurite):
// cold (nothing cached), stale (revalidation window over, course unchanged), cached, and cached with 304.
// Usage: CalendarBench <storage connection string> <results file>
var connectionString = args[0];
var resultsPath = args[1];

var requests = new RequestCounter();
var tableOptions = new TableClientOptions();
tableOptions.AddPolicy(requests, HttpPipelinePosition.PerCall);
var service = new TableServiceClient(connectionString, tableOptions);
var tableName = "bench" + Guid.NewGuid().ToString("N")[..16];
var store = new TableCourseStore(service, Options.Create(new CourseDataOptions { TableName = tableName }), TimeProvider.System, new CourseChanges());
await store.CreateTableIfMissingAsync(CancellationToken.None);

var sample = CoursePageImporter.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "iasd2025.md")), new ImportRequest());
await store.SaveAsync(sample.Course, sample.Sessions, CancellationToken.None);
var synthetic = sample.Course with { Id = "synthetic1000", Title = "Synthetic course, 1,000 sessions" };
var syntheticSessions = Enumerable.Range(0, 1000).Select(i => new Session
{
    Date = new DateOnly(2025, 1, 6).AddDays(i),
    Start = new TimeOnly(9, 0),
    End = new TimeOnly(12, 15),
    Topics = [$"Topic {i}: lazy training, double descent; implicit bias", "Exercises"],
    Materials = [new MaterialLink("Slides", $"https://example.edu/slides/{i}.pdf")],
}).ToList();
await store.SaveAsync(synthetic, syntheticSessions, CancellationToken.None);

var lines = new List<string>
{
    "# Calendar feed benchmark",
    "",
    $"Run on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores, .NET {Environment.Version}), Azurite on loopback,",
    "`bench/run-calendar.sh`. Times are medians of repeated requests through `CalendarApi`. Ratios compare",
    "each path with the cold path of the same course (baseline = 1.00, higher is faster).",
    "",
    "| Course | Path | Median | Ratio to cold | Storage round trips | Allocated per request |",
    "|---|---|---|---|---|---|",
};
foreach (var (courseId, label) in new[] { ("iasd2025", "sample (8 sessions)"), ("synthetic1000", "synthetic (1,000 sessions)") })
{
    var cold = Measure(courseId, window: 30, invalidateEachTime: true, sendEtag: false);
    var stale = Measure(courseId, window: 0, invalidateEachTime: false, sendEtag: false);
    var cached = Measure(courseId, window: 3600, invalidateEachTime: false, sendEtag: false);
    var notModified = Measure(courseId, window: 3600, invalidateEachTime: false, sendEtag: true);
    var paths = new[]
    {
        ("cold: query and render", cold), ("stale: point read, unchanged", stale), ("cached: 200 with body", cached), ("cached: 304", notModified),
    };
    foreach (var (path, result) in paths)
        lines.Add($"| {label} | {path} | {Format(result.Median)} | {cold.Median / result.Median:F2} | {result.RoundTrips:F0} "
            + $"| {result.AllocatedBytes / 1024.0:F1} KiB |");
}
await service.DeleteTableAsync(tableName);
File.WriteAllLines(resultsPath, lines);
Console.WriteLine(string.Join(Environment.NewLine, lines));

Result Measure(string courseId, int window, bool invalidateEachTime, bool sendEtag)
{
    var api = NewApi();
    var etag = Run().Response.Headers.ETag.ToString();
    var iterations = courseId == "iasd2025" ? 300 : 60;
    for (var i = 0; i < iterations / 5; i++) Run();

    var times = new List<double>();
    var roundTrips = 0;
    long allocated = 0;
    for (var i = 0; i < iterations; i++)
    {
        if (invalidateEachTime) api = NewApi(); // nothing in memory: the partition query and the render
        requests.Count = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var status = Run(sendEtag ? etag : null).Response.StatusCode;
        times.Add(watch.Elapsed.TotalMilliseconds);
        allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        roundTrips += requests.Count;
        if (status != (sendEtag ? 304 : 200)) throw new InvalidOperationException($"unexpected status {status}");
    }
    times.Sort();
    return new Result(times[times.Count / 2], roundTrips / (double)iterations, allocated / iterations);

    CalendarApi NewApi()
    {
        var readModelOptions = Options.Create(new ReadModelOptions { RevalidateSeconds = window });
        var apiOptions = Options.Create(new ApiOptions { PublicBaseUrl = "http://localhost:7071/api" });
        var publicUrls = new PublicUrls(apiOptions, new WebsiteHostAddress(new ConfigurationBuilder().Build()));
        var execution = new ApiExecution(apiOptions, publicUrls, NullLogger<ApiExecution>.Instance);
        var changeLog = new TableCourseChangeLog(service, Options.Create(new CourseDataOptions { TableName = tableName }));
        var readModel = new CourseReadModel(store, changeLog, new CourseCalendarWriter(Options.Create(new CalendarOptions())), new CourseChanges(),
            readModelOptions, TimeProvider.System, NullLogger<CourseReadModel>.Instance);
        return new CalendarApi(new ReadModelServing(readModel, apiOptions, readModelOptions), execution);
    }

    HttpContext Run(string? ifNoneMatch = null)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = Stream.Null;
        if (ifNoneMatch is not null) context.Request.Headers.IfNoneMatch = ifNoneMatch;
        api.GetCalendarAsync(context.Request, courseId).GetAwaiter().GetResult().ExecuteAsync(context).GetAwaiter().GetResult();
        return context;
    }
}

static string Format(double milliseconds) => milliseconds >= 1 ? $"{milliseconds:F2} ms" : $"{milliseconds * 1000:F0} µs";

internal sealed record Result(double Median, double RoundTrips, long AllocatedBytes);

internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    public int Count;
    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref Count);
}
