using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Real Beamer decks (tests/Fixtures/slides) uploaded to a DevServer on Azurite: one hit per frame with lastPage,
/// scanned pages counted, words found as written; and a deck held back by its publishAt until the time comes.
/// </summary>
public class SlidePublishingAndFramesTests : IAsyncLifetime
{
    private const string OperatorKey = "operator-key-for-slide-tests";
    private readonly SlideServer _server = new() { ExtraArgs = ["--DevServer:EditKey", OperatorKey, "--ReadModel:RevalidateSeconds", "1"] };
    private HttpClient Client => _server.Client;

    public Task InitializeAsync() => _server.InitializeAsync();
    public Task DisposeAsync() => _server.DisposeAsync();

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Root(), "tests", "Fixtures", "slides", name));

    private async Task<JsonElement[]> HitsAsync(string query, bool asEditor = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/iasd2025/search?q={Uri.EscapeDataString(query)}");
        if (asEditor) request.Headers.Add("x-functions-key", OperatorKey);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hits").EnumerateArray()];
    }

    [Fact]
    public async Task Overlays_are_one_hit_with_last_page_scanned_pages_are_counted_and_words_are_found_as_written()
    {
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/2025-01-24-overlays.pdf", Fixture("overlays.pdf"));
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/2025-01-24-scanned.pdf", Fixture("scanned.pdf"));
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/ligatures.pdf", Fixture("ligatures-t1.pdf"));
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/accents.pdf", Fixture("accents-ot1.pdf"));

        var hit = Assert.Single(await HitsAsync("tangent kernel"));
        Assert.Equal(2, hit.GetProperty("page").GetInt32());
        Assert.Equal(3, hit.GetProperty("lastPage").GetInt32());
        Assert.EndsWith("#page=2", hit.GetProperty("url").GetString());
        Assert.False(Assert.Single(await HitsAsync("width")).TryGetProperty("lastPage", out _));

        Assert.Equal("Optimisation notes", Assert.Single(await HitsAsync("official")).GetProperty("title").GetString());
        Assert.Single(await HitsAsync("difficult"));
        Assert.Single(await HitsAsync("regularisation"));

        var materials = await _server.WaitForMaterialsAsync(list => list.Count == 4);
        Assert.Equal(1, SlideServer.ByFile(materials, "2025-01-24-scanned.pdf")!.Value.GetProperty("pagesWithoutText").GetInt32());
        Assert.Equal(0, SlideServer.ByFile(materials, "2025-01-24-overlays.pdf")!.Value.GetProperty("pagesWithoutText").GetInt32());
        var session = (await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/schedule")).GetProperty("sessions").EnumerateArray()
            .Single(s => s.GetProperty("date").GetString() == "2025-01-24");
        var scanned = session.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("fileName").GetString() == "2025-01-24-scanned.pdf");
        Assert.Equal(1, scanned.GetProperty("pagesWithoutText").GetInt32());
    }

    [Fact]
    public async Task A_deck_with_a_publish_time_is_hidden_from_everyone_but_editors_until_then_and_appears_by_itself()
    {
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/2025-01-24-public.pdf", Fixture("overlays.pdf"));
        var publishAt = DateTimeOffset.UtcNow.AddSeconds(20);
        await _server.UploadAsync("iasd2025/2025-01-24-solutions.pdf", Fixture("ligatures-t1.pdf"),
            new Dictionary<string, string> { ["publishAt"] = publishAt.ToString("yyyy-MM-ddTHH:mm:ssZ") });

        // The editor's view lists it with its publishAt once indexed; nobody else's does.
        JsonElement held;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025/materials") { Headers = { { "x-functions-key", OperatorKey } } };
            using var response = await Client.SendAsync(request);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            var list = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("materials").EnumerateArray().ToList();
            if (SlideServer.ByFile(list, "2025-01-24-solutions.pdf") is { } found && found.GetProperty("status").GetString() == "ready")
            {
                held = found;
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "the held-back deck was never indexed");
            await Task.Delay(200);
        }
        Assert.Equal(publishAt.ToString("yyyy-MM-ddTHH:mm:ss"), held.GetProperty("publishAt").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss"));
        var contentUrl = held.GetProperty("url").GetString()!;

        using var publicList = await Client.GetAsync("/api/courses/iasd2025/materials");
        var etagBefore = publicList.Headers.ETag!.Tag;
        Assert.DoesNotContain("solutions", await publicList.Content.ReadAsStringAsync());
        Assert.DoesNotContain("solutions", await Client.GetStringAsync("/api/courses/iasd2025/schedule"));
        Assert.DoesNotContain("Optimisation notes", await Client.GetStringAsync("/api/courses/iasd2025/calendar.ics"));
        Assert.Empty(await HitsAsync("official"));
        Assert.Single(await HitsAsync("official", asEditor: true));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(contentUrl)).StatusCode);
        using (var editorDownload = new HttpRequestMessage(HttpMethod.Get, contentUrl) { Headers = { { "x-functions-key", OperatorKey } } })
            Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(editorDownload)).StatusCode);

        // No upload, no write: the time passes and the next revalidation serves it.
        await Task.Delay(publishAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        var materials = await _server.WaitForMaterialsAsync(list => SlideServer.ByFile(list, "2025-01-24-solutions.pdf") is not null);
        Assert.Equal("ready", SlideServer.ByFile(materials, "2025-01-24-solutions.pdf")!.Value.GetProperty("status").GetString());
        using var after = await Client.GetAsync("/api/courses/iasd2025/materials");
        Assert.NotEqual(etagBefore, after.Headers.ETag!.Tag);
        Assert.Contains("Optimisation notes", await Client.GetStringAsync("/api/courses/iasd2025/calendar.ics"));
        Assert.Single(await HitsAsync("official"));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(contentUrl)).StatusCode);
    }

    [Fact]
    public async Task A_publish_time_that_is_not_a_utc_time_holds_the_deck_back_with_a_reason()
    {
        await _server.UploadAsync("iasd2025/bad-time.pdf", Fixture("overlays.pdf"), new Dictionary<string, string> { ["publishAt"] = "next monday" });
        var store = _server.Host.App.Services.GetRequiredService<CourseFunctions.Core.Storage.IMaterialStore>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        CourseFunctions.Core.Courses.SlideMaterial? material;
        while ((material = (await store.ListAsync("iasd2025", default)).SingleOrDefault()) is null)
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(200);
        }
        Assert.Equal(CourseFunctions.Core.Courses.MaterialStatus.Failed, material.Status);
        Assert.Contains("publishAt 'next monday'", material.Error);
    }
}
