using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CourseFunctions.Core.Changes;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// "Slides published" in the change log, from real decks uploaded to a DevServer on Azurite: a deck is recorded when it
/// becomes public (when indexed, or when its publishAt passes, by the dispatcher's pass), with its outbox marker, in
/// the course's words, and never twice, however often it is uploaded again.
/// </summary>
public class SlidesPublishedChangeFeedTests : IAsyncLifetime
{
    private const string OperatorKey = "operator-key-for-slides-published";
    private readonly SlideServer _server = new()
    {
        ExtraArgs = ["--DevServer:EditKey", OperatorKey, "--ReadModel:RevalidateSeconds", "1", "--DevServer:DispatchSeconds", "0.5"],
    };

    public Task InitializeAsync() => _server.InitializeAsync();
    public Task DisposeAsync() => _server.DisposeAsync();

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Root(), "tests", "Fixtures", "slides", name));

    private async Task<List<JsonElement>> PublishedAsync() =>
        [.. (await _server.Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/changes")).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "slidesPublished")];

    private async Task<List<JsonElement>> WaitForPublishedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var published = await PublishedAsync();
            if (published.Count >= count) return published;
            Assert.True(DateTime.UtcNow < deadline, $"{published.Count} slidesPublished changes, expected {count}");
            await Task.Delay(200);
        }
    }

    private async Task WaitUntilEditorSeesReadyAsync(string fileName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025/materials") { Headers = { { "x-functions-key", OperatorKey } } };
            using var response = await _server.Client.SendAsync(request);
            var list = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("materials").EnumerateArray().ToList();
            if (SlideServer.ByFile(list, fileName)?.GetProperty("status").GetString() == "ready") return;
            Assert.True(DateTime.UtcNow < deadline, $"{fileName} was never indexed");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_deck_is_recorded_once_when_it_becomes_public_in_the_courses_words_with_its_outbox_marker()
    {
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/2025-01-24-lecture.pdf", Fixture("overlays.pdf"));
        var lecture = Assert.Single(await WaitForPublishedAsync(1));
        Assert.Equal("Fri 24 Jan: slides published — 2025-01-24-lecture.pdf", lecture.GetProperty("title").GetString());
        Assert.Equal("2025-01-24", lecture.GetProperty("sessionDate").GetString());
        Assert.Contains("<title>Fri 24 Jan: slides published — 2025-01-24-lecture.pdf</title>",
            await _server.Client.GetStringAsync("/api/courses/iasd2025/changes.atom"));

        // Held back: indexed, but nothing is said of it until its time.
        // Whole seconds, as the metadata below carries it: the deck becomes public at exactly this instant.
        var publishAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddSeconds(10).ToUnixTimeSeconds());
        await _server.UploadAsync("iasd2025/2025-01-24-solutions.pdf", Fixture("ligatures-t1.pdf"),
            new Dictionary<string, string> { ["publishAt"] = publishAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) });
        await WaitUntilEditorSeesReadyAsync("2025-01-24-solutions.pdf");
        Assert.DoesNotContain("solutions", await _server.Client.GetStringAsync("/api/courses/iasd2025/changes"));
        Assert.DoesNotContain("solutions", await _server.Client.GetStringAsync("/api/courses/iasd2025/changes.atom"));

        // Its time passes with no upload: the dispatcher's pass records it, dated when it became public.
        var solutions = (await WaitForPublishedAsync(2))[0];
        Assert.Equal("Fri 24 Jan: slides published — 2025-01-24-solutions.pdf", solutions.GetProperty("title").GetString());
        Assert.True(DateTimeOffset.UtcNow >= publishAt);
        Assert.Equal(publishAt.ToUnixTimeSeconds(), solutions.GetProperty("at").GetDateTimeOffset().ToUnixTimeSeconds());

        // A course-wide deck is filed under the day it became public, on the course's clock.
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/syllabus.pdf", Fixture("accents-ot1.pdf"));
        var syllabus = (await WaitForPublishedAsync(3))[0];
        var zone = (await _server.Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025")).GetProperty("timeZone").GetString()!;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), syllabus.GetProperty("sessionDate").GetString());
        Assert.EndsWith(": slides published — syllabus.pdf", syllabus.GetProperty("title").GetString());

        // A new version of a deck already announced, and the same bytes again, are not news: never twice.
        await _server.UploadAsync("iasd2025/2025-01-24-lecture.pdf", Fixture("scanned.pdf"));
        await _server.WaitForMaterialsAsync(list => SlideServer.ByFile(list, "2025-01-24-lecture.pdf")?.GetProperty("pagesWithoutText").GetInt32() > 0);
        await _server.UploadAsync("iasd2025/2025-01-24-solutions.pdf", Fixture("ligatures-t1.pdf"));
        await Task.Delay(TimeSpan.FromSeconds(3)); // several reconcile and dispatch passes
        var files = (await PublishedAsync()).Select(c => c.GetProperty("after").GetString()).Order().ToList();
        Assert.Equal(["2025-01-24-lecture.pdf", "2025-01-24-solutions.pdf", "syllabus.pdf"], files);

        // Each record has its outbox marker, for the webhooks (held back 300 s by default, so all are still pending).
        var pending = await _server.Host.App.Services.GetRequiredService<ICourseChangeLog>().ListPendingAsync(100, default);
        Assert.Equal(files, pending.Where(m => m.Change.Kind == ChangeKind.SlidesPublished).Select(m => m.Change.After).Order().ToList());
    }
}
