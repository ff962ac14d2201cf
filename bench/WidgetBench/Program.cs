using CourseFunctions.Core.Representation;
using System.Text.Json;
using CourseFunctions.Core.Courses;
using CourseFunctions.Http;
using CourseFunctions.Import;
using CourseFunctions.Core.Storage;
using CourseFunctions.Integration.Tests.Browser;
using Microsoft.Playwright;

// Measures how long <course-schedule> takes, in Chromium, from the schedule JSON to a laid-out table:
// the sample course (8 sessions) and a synthetic one (1,000 sessions).
// Baseline, run the same way in the same shadow root: setting the identical finished markup with
// innerHTML and laying it out, i.e. what the browser needs whatever script produced the table.
// Usage: WidgetBench <results file>
var resultsPath = args[0];
const string Origin = "http://bench.test";
const int WarmIterations = 200;
const int ColdLoads = 15;

var sample = CoursePageImporter.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "iasd2025.md")), new ImportRequest());
var synthetic = sample.Course with { Id = "synthetic1000" };
var syntheticSessions = Enumerable.Range(0, 1000).Select(i => new Session
{
    Date = new DateOnly(2025, 1, 6).AddDays(i),
    Start = new TimeOnly(9, 0),
    End = new TimeOnly(12, 15),
    Status = i % 10 == 3 ? SessionStatus.Cancelled : SessionStatus.Scheduled,
    Topics = [$"Topic {i}: lazy training, double descent; implicit bias", "Exercises"],
    Materials = [new MaterialLink("Slides", $"https://example.edu/slides/{i}.pdf")],
}).ToList();
var schedules = new Dictionary<string, byte[]>
{
    [sample.Course.Id] = ScheduleJson(sample.Course, sample.Sessions),
    [synthetic.Id] = ScheduleJson(synthetic, syntheticSessions),
};
var widget = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "course-widget.js"));

using var playwright = await Playwright.CreateAsync();
await using var browser = await Chromium.LaunchAsync(playwright);
var rows = new List<string>();
foreach (var (courseId, label) in new[] { (sample.Course.Id, "sample (8 sessions)"), (synthetic.Id, "synthetic (1,000 sessions)") })
{
    var cold = new List<double>();
    for (var i = 0; i < ColdLoads; i++)
    {
        var page = await OpenAsync(courseId);
        cold.Add(await page.EvaluateAsync<double>("performance.getEntriesByName('course-schedule render')[0].duration"));
        await page.Context.CloseAsync();
    }
    var warmPage = await OpenAsync(courseId);
    var warm = await warmPage.EvaluateAsync<JsonElement>(WarmRenderScript, WarmIterations);
    await warmPage.Context.CloseAsync();
    var widgetMs = Median(warm.GetProperty("widget").EnumerateArray().Select(e => e.GetDouble()));
    var baselineMs = Median(warm.GetProperty("baseline").EnumerateArray().Select(e => e.GetDouble()));
    rows.Add($"| {label} | {schedules[courseId].Length / 1024.0:N1} KiB | {Median(cold):N2} ms | {widgetMs:N2} ms | {baselineMs:N2} ms "
        + $"| {widgetMs / baselineMs:N2} | {widgetMs / (1000 / 60.0):P0} |");
}

File.WriteAllLines(resultsPath,
[
    "# Course widget render benchmark",
    "",
    $"Run on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores), headless Chromium {browser.Version} (Debian), `bench/run-widget.sh`.",
    "JSON comes from Core's own mapping (the API's bytes), served to the page by Playwright; no network.",
    "",
    $"- **First render**: the widget's own `performance.measure(\"course-schedule render\")` on a fresh page, "
        + $"JSON parsed to DOM built; median of {ColdLoads} page loads.",
    $"- **Render + layout**: `render(json)` then a forced layout, on a warm page; median of {WarmIterations}.",
    "- **Baseline**: the identical finished markup set with `innerHTML` in the same shadow root, then a forced layout, run the same way.",
    "- **Ratio**: render + layout over baseline (1.00 = no cost beyond the DOM's own). **Frame**: render + layout as a share of a 60 Hz frame (16.7 ms).",
    "- Chromium rounds `performance.now()` to 0.1 ms without cross-origin isolation, so sub-millisecond figures are coarse.",
    "",
    "| Schedule | JSON | First render | Render + layout | Baseline | Ratio | Frame |",
    "|---|---|---|---|---|---|---|",
    .. rows,
]);
Console.WriteLine(File.ReadAllText(resultsPath));

async Task<IPage> OpenAsync(string courseId)
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
    var page = await context.NewPageAsync();
    await page.RouteAsync($"{Origin}/**", route =>
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        if (path == "/course-widget.js") return route.FulfillAsync(new() { BodyBytes = widget, ContentType = "text/javascript" });
        if (path.StartsWith("/api/courses/") && path.EndsWith("/schedule"))
            return route.FulfillAsync(new() { BodyBytes = schedules[path.Split('/')[3]], ContentType = "application/json" });
        return route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = """<!doctype html><html lang="en"><title>bench</title><link rel="icon" href="data:,">"""
                + """<script type="module" src="/course-widget.js"></script>"""
                + $"""<course-schedule api="{Origin}/api" course="{courseId}"></course-schedule>""",
        });
    });
    await page.GotoAsync($"{Origin}/");
    await page.Locator("course-schedule [part=row]").First.WaitForAsync();
    return page;
}

byte[] ScheduleJson(Course course, IReadOnlyList<Session> sessions)
{
    var schedule = new CourseSchedule(course, sessions.Select(s => new StoredSession(s, 0, DateTimeOffset.UnixEpoch)).ToList(), DateTimeOffset.UnixEpoch);
    return JsonSerializer.SerializeToUtf8Bytes(ApiMapping.ToResponse(schedule, $"{Origin}/api"), ApiJson.Options);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

partial class Program
{
    private const string WarmRenderScript = """
        async iterations => {
          const element = document.querySelector("course-schedule");
          const data = await (await fetch(`${element.api}/courses/${element.course}/schedule`)).json();
          const body = element.body;
          const markup = body.innerHTML;
          const widget = [], baseline = [];
          const clear = () => { body.innerHTML = ""; void body.offsetHeight; };
          for (let i = 0; i < iterations; i++) {
            clear();
            let started = performance.now();
            element.render(data);
            void body.offsetHeight;
            widget.push(performance.now() - started);
            clear();
            started = performance.now();
            body.innerHTML = markup;
            void body.offsetHeight;
            baseline.push(performance.now() - started);
          }
          return { widget, baseline };
        }
        """;
}
