using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Storage faults, on an Azurite of the test's own: paused (SIGSTOP) as a stalled service, and stopped and
/// started again. Reads with a copy in memory are served from it, marked stale; others get 503 with Retry-After;
/// writes answer 503 within their deadline and are acknowledged only once stored; the host stays up, and once
/// storage is back service is normal again within seconds, with every acknowledged write there.
/// The time bounds here are hang detectors, well above the deadlines (2 s reads, 5 s writes, 1 s health).
/// </summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private const string Key = "fault-key";
    private const string Session = "/api/courses/iasd2025/sessions/2025-01-17";
    private static readonly string[] PublicReads =
        ["/api/courses", "/api/courses/iasd2025", "/api/courses/iasd2025/schedule", "/api/courses/iasd2025/calendar.ics", "/api/courses/iasd2025/materials"];

    private PrivateAzurite _azurite = null!;
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _azurite = await PrivateAzurite.StartAsync();
        _host = await DevServerHost.StartAsync(_azurite.ConnectionString,
            "--DevServer:EditKey", Key, "--ReadModel:RevalidateSeconds", "1", "--DevServer:ReconcileSeconds", "1");
        _client = _host.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(60);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, TimeSpan Took)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        var response = await send();
        return (response, watch.Elapsed);
    }

    private async Task<HttpResponseMessage> PatchNoteAsync(string note)
    {
        var read = await _client.GetAsync(Session);
        if (read.StatusCode != HttpStatusCode.OK) return read;
        var patch = new HttpRequestMessage(HttpMethod.Patch, Session)
        {
            Content = new StringContent($$"""{"note":"{{note}}"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        patch.Headers.Add("x-functions-key", Key);
        return await _client.SendAsync(patch);
    }

    private async Task<TimeSpan> WaitUntilWritesWorkAsync(string note)
    {
        var watch = Stopwatch.StartNew();
        while ((await PatchNoteAsync(note)).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "writes did not recover within 30 s");
            await Task.Delay(100);
        }
        return watch.Elapsed;
    }

    [Fact]
    public async Task While_storage_stalls_reads_are_served_stale_others_503_fast_and_service_recovers_when_it_resumes()
    {
        foreach (var path in PublicReads) Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(path)).StatusCode);

        _azurite.Pause();
        try
        {
            await Task.Delay(1_200); // past the revalidation window: every read must now ask storage
            foreach (var path in PublicReads)
            {
                var (response, took) = await TimedAsync(() => _client.GetAsync(path));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} after {took}");
                Assert.True(took < TimeSpan.FromSeconds(4), $"{path} took {took}");
                Assert.Contains("stale-if-error", response.Headers.CacheControl!.ToString());
            }
            var (again, againTook) = await TimedAsync(() => _client.GetAsync("/api/courses/iasd2025/schedule"));
            Assert.Contains("detail=stale-if-error", again.Headers.GetValues("Cache-Status").Single());
            Assert.True(againTook < TimeSpan.FromSeconds(1), $"a second stale read took {againTook}: it should not wait for storage again");

            var (unknown, unknownTook) = await TimedAsync(() => _client.GetAsync("/api/courses/never-loaded"));
            await ProblemAssert.IsProblem(unknown, HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(unknown.Headers.RetryAfter);
            Assert.True(unknownTook < TimeSpan.FromSeconds(4), $"a course never loaded took {unknownTook}");

            var (write, writeTook) = await TimedAsync(() => PatchNoteAsync("while stalled"));
            Assert.True(write.StatusCode is HttpStatusCode.ServiceUnavailable, $"a write while stalled got {(int)write.StatusCode}");
            Assert.True(writeTook < TimeSpan.FromSeconds(10), $"a write while stalled took {writeTook}");

            var (health, healthTook) = await TimedAsync(() => _client.GetAsync("/api/health"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.True(healthTook < TimeSpan.FromSeconds(2), $"health took {healthTook}");
        }
        finally
        {
            _azurite.Resume();
        }

        var recovery = await WaitUntilWritesWorkAsync("after the stall");
        Assert.True(recovery < TimeSpan.FromSeconds(10), $"writes recovered after {recovery}");
        // Azurite just resumed and may still be slower than the revalidation deadline: reads turn fresh within seconds.
        var schedule = await _client.GetAsync("/api/courses/iasd2025/schedule");
        for (var waited = 0; schedule.Headers.Contains("Cache-Status") && waited < 50; waited++)
        {
            await Task.Delay(100);
            schedule = await _client.GetAsync("/api/courses/iasd2025/schedule");
        }
        Assert.False(schedule.Headers.Contains("Cache-Status"), "reads were still served stale 5 s after storage resumed");
        var session = (await schedule.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessions").EnumerateArray()
            .Single(s => s.GetProperty("date").GetString() == "2025-01-17");
        Assert.Equal("after the stall", session.GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task Storage_stopped_and_started_again_loses_no_acknowledged_write()
    {
        var acknowledged = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            var note = $"acknowledged {i}";
            if ((await PatchNoteAsync(note)).StatusCode == HttpStatusCode.OK) acknowledged.Add(note);
        }
        Assert.Equal(5, acknowledged.Count);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/courses/iasd2025/schedule")).StatusCode);

        await _azurite.StopAsync();
        await Task.Delay(1_200);
        var stale = await _client.GetAsync("/api/courses/iasd2025/schedule");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("detail=stale-if-error", stale.Headers.GetValues("Cache-Status").Single());
        await ProblemAssert.IsProblem(await PatchNoteAsync("while down"), HttpStatusCode.ServiceUnavailable);

        await _azurite.StartAgainAsync();
        var recovery = await WaitUntilWritesWorkAsync("after the restart");
        Assert.True(recovery < TimeSpan.FromSeconds(10), $"writes recovered after {recovery}");

        var audit = await _host.App.Services.GetRequiredService<AuditLog>().ReadPageAsync("iasd2025", null, 100, default);
        var recorded = audit.Entries.Where(e => e.Action == "session.patch").ToList();
        Assert.Equal(acknowledged.Count + 1, recorded.Count); // the five acknowledged edits, and the one after the restart
    }
}
