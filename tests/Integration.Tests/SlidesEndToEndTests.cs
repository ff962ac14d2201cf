using CourseFunctions.Core.Storage;
using CourseFunctions.Core.Courses;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourseFunctions.Core.Slides;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>The whole slide path against Azurite: upload, index, schedule, search, download, new version, delete.</summary>
public class SlidesEndToEndTests : IAsyncLifetime
{
    private readonly SlideServer _server = new();
    private HttpClient Client => _server.Client;

    public Task InitializeAsync() => _server.InitializeAsync();
    public Task DisposeAsync() => _server.DisposeAsync();

    private static readonly byte[] LazyTraining = TestPdfs.Deck("Lazy training",
        "Linearisation around initialisation", "The neural tangent kernel governs the dynamics", "Feature learning escapes the kernel regime");

    private async Task<JsonElement> Session(string date) =>
        (await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/schedule")).GetProperty("sessions").EnumerateArray()
            .Single(s => s.GetProperty("date").GetString() == date);

    [Fact]
    public async Task An_uploaded_deck_appears_under_its_lecture_downloads_and_is_searchable()
    {
        await _server.UploadAsync("iasd2025/2025-01-24-lazy-training.pdf", LazyTraining);
        await _server.WaitForMaterialsAsync(list => list.Count == 1 && list[0].GetProperty("status").GetString() == "ready");

        var material = (await Session("2025-01-24")).GetProperty("materials").EnumerateArray().Single();
        Assert.Equal("slides", material.GetProperty("type").GetString());
        Assert.Equal("Lazy training", material.GetProperty("title").GetString());
        Assert.Equal("2025-01-24-lazy-training.pdf", material.GetProperty("fileName").GetString());
        Assert.Equal(3, material.GetProperty("pageCount").GetInt32());
        Assert.Equal(LazyTraining.Length, material.GetProperty("size").GetInt64());
        Assert.True(material.TryGetProperty("updatedAt", out _));

        using var download = await Client.GetAsync(material.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(LazyTraining, await download.Content.ReadAsByteArrayAsync());

        var search = await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/search?q=Tangent%20KERNEL");
        var hit = search.GetProperty("hits")[0];
        Assert.Equal(2, hit.GetProperty("page").GetInt32());
        Assert.Equal(material.GetProperty("id").GetString(), hit.GetProperty("materialId").GetString());
        Assert.EndsWith("#page=2", hit.GetProperty("url").GetString());
        Assert.Contains("tangent kernel", hit.GetProperty("snippet").GetString());
        Assert.Equal(2, hit.GetProperty("highlights").GetArrayLength());

        var feed = await Client.GetStringAsync("/api/courses/iasd2025/calendar.ics");
        Assert.Contains("Lazy training (3 pages)", feed);
    }

    [Fact]
    public async Task Sub_folders_metadata_and_undated_files_find_their_place()
    {
        await _server.UploadAsync("iasd2025/2025-02-07/part1.pdf", TestPdfs.Deck("Part one", "a"));
        await _server.UploadAsync("iasd2025/extra/notes.pdf", TestPdfs.Deck("Notes", "b"), new Dictionary<string, string> { ["session"] = "2025-02-14" });
        await _server.UploadAsync("iasd2025/reading-list.pdf", TestPdfs.Deck("Reading list", "c"));
        await _server.WaitForMaterialsAsync(list => list.Count == 3 && list.All(m => m.GetProperty("status").GetString() == "ready"));

        Assert.Equal("Part one", (await Session("2025-02-07")).GetProperty("materials")[0].GetProperty("title").GetString());
        Assert.Equal("Notes", (await Session("2025-02-14")).GetProperty("materials")[0].GetProperty("title").GetString());
        var courseMaterials = (await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/schedule")).GetProperty("courseMaterials");
        Assert.Equal("Reading list", Assert.Single(courseMaterials.EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_new_version_replaces_the_old_in_place_and_a_delete_removes_it_with_its_search_entries()
    {
        await _server.UploadAsync("iasd2025/2025-01-24-lazy-training.pdf", LazyTraining);
        var first = SlideServer.ByFile(
            await _server.WaitForMaterialsAsync(list => list.Count == 1 && list[0].GetProperty("pageCount").GetInt32() == 3),
            "2025-01-24-lazy-training.pdf")!.Value;

        await _server.UploadAsync("iasd2025/2025-01-24-lazy-training.pdf", TestPdfs.Deck("Lazy training, revised", "Only linearisation now"));
        var revised = (await _server.WaitForMaterialsAsync(list => list.Count == 1 && list[0].GetProperty("pageCount").GetInt32() == 1))[0];
        Assert.Equal(first.GetProperty("id").GetString(), revised.GetProperty("id").GetString());
        Assert.Equal("Lazy training, revised", revised.GetProperty("title").GetString());
        Assert.Empty((await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/search?q=kernel")).GetProperty("hits").EnumerateArray());

        await _server.Container.DeleteBlobAsync("iasd2025/2025-01-24-lazy-training.pdf");
        await _server.WaitForMaterialsAsync(list => list.Count == 0);
        Assert.Empty((await Session("2025-01-24")).GetProperty("materials").EnumerateArray());
        Assert.Empty((await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/search?q=linearisation")).GetProperty("hits").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(revised.GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task Bad_uploads_are_recorded_as_failed_with_a_reason_and_the_rest_keeps_working()
    {
        var good = TestPdfs.Deck("Good deck", "double descent");
        await _server.UploadAsync("iasd2025/good.pdf", good);
        await _server.UploadAsync("iasd2025/not-a-pdf.pdf", "These are my notes, not a PDF."u8.ToArray());
        await _server.UploadAsync("iasd2025/truncated.pdf", TestPdfs.Truncated(TestPdfs.Deck("x", "y", "z")));
        await _server.UploadAsync("iasd2025/encrypted.pdf", TestPdfs.Encrypted(TestPdfs.Deck("x", "y")));
        await _server.UploadAsync("iasd2025/empty.pdf", []);
        await _server.UploadAsync("iasd2025/huge.pdf", [.. good, .. new byte[SlideServer.MaxBytes]]);
        await _server.UploadAsync("no-such-course/deck.pdf", good);
        await _server.UploadAsync("loose.pdf", good);

        var materials = await _server.WaitForMaterialsAsync(list => list.Count == 6 && list.All(m => m.GetProperty("status").GetString() != "indexing"));
        string? ErrorOf(string file) => SlideServer.ByFile(materials, file)!.Value.GetProperty("error").GetString();
        Assert.Equal("ready", SlideServer.ByFile(materials, "good.pdf")!.Value.GetProperty("status").GetString());
        Assert.All(materials.Where(m => m.GetProperty("fileName").GetString() != "good.pdf"), m => Assert.Equal("failed", m.GetProperty("status").GetString()));
        Assert.Contains("not a PDF", ErrorOf("not-a-pdf.pdf"));
        Assert.Contains("truncated or damaged", ErrorOf("truncated.pdf"));
        Assert.Contains("password", ErrorOf("encrypted.pdf"));
        Assert.Contains("empty", ErrorOf("empty.pdf"));
        Assert.Contains("limit", ErrorOf("huge.pdf"));

        var store = _server.Host.App.Services.GetRequiredService<IMaterialStore>();
        await WaitUntil(async () => (await store.ListAsync(SlideLocation.UnassignedPartition, default)).Count == 2);
        var unassigned = await store.ListAsync(SlideLocation.UnassignedPartition, CancellationToken.None);
        Assert.Contains(unassigned, m => m.BlobName == "no-such-course/deck.pdf" && m.Error!.Contains("no course 'no-such-course'"));
        Assert.Contains(unassigned, m => m.BlobName == "loose.pdf" && m.Error!.Contains("not under a course folder"));

        Assert.Single((await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/search?q=descent")).GetProperty("hits").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/health")).StatusCode);
    }

    /// <summary>Decks built to hurt the reader: each is recorded as failed with its reason, and the server indexes the rest.</summary>
    [Fact]
    public async Task Hostile_decks_fail_with_a_reason_and_the_indexer_goes_on()
    {
        await _server.UploadAsync("iasd2025/page-bomb.pdf", TestPdfs.PageBomb(40_000)); // within this server's 300 KB upload limit
        await _server.UploadAsync("iasd2025/stack-overflow.pdf", TestPdfs.StackOverflowing(60_000));
        await _server.UploadAsync("iasd2025/2025-01-24-lazy-training.pdf", LazyTraining);

        var materials = await _server.WaitForMaterialsAsync(list => list.Count == 3 && list.All(m => m.GetProperty("status").GetString() != "indexing"));

        Assert.Equal("ready", SlideServer.ByFile(materials, "2025-01-24-lazy-training.pdf")!.Value.GetProperty("status").GetString());
        Assert.Contains("40,000 pages; the limit is 2,000", SlideServer.ByFile(materials, "page-bomb.pdf")!.Value.GetProperty("error").GetString());
        Assert.Contains("The PDF reader stopped on this file", SlideServer.ByFile(materials, "stack-overflow.pdf")!.Value.GetProperty("error").GetString());
        Assert.NotEmpty((await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/search?q=kernel")).GetProperty("hits").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/health")).StatusCode);
    }

    /// <summary>A reading is counted before it begins: one that took the indexer down (here: a row left "indexing") is retried, then given up.</summary>
    [Fact]
    public async Task A_reading_that_never_finished_is_counted_and_after_the_last_one_given_up()
    {
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/2025-01-24-lazy-training.pdf", LazyTraining);
        var store = _server.Host.App.Services.GetRequiredService<IMaterialStore>();
        var ready = Assert.Single(await store.ListAsync("iasd2025", default));
        // As a host that died mid-reading leaves it: begun for the last allowed time, long ago.
        await store.SaveAsync(
            ready with { Status = MaterialStatus.Indexing, Attempts = SlideIndexer.MaxReadings, UpdatedAt = DateTimeOffset.UtcNow.AddHours(-1) }, default);

        var materials = await _server.WaitForMaterialsAsync(list => list.Single().GetProperty("status").GetString() == "failed");

        Assert.Contains($"stopped the indexer {SlideIndexer.MaxReadings} times", materials.Single().GetProperty("error").GetString());
    }

    [Fact]
    public async Task Indexing_is_idempotent_and_the_same_bytes_uploaded_again_are_not_reindexed()
    {
        var indexer = _server.Host.App.Services.GetRequiredService<SlideIndexer>();
        var store = _server.Host.App.Services.GetRequiredService<IMaterialStore>();
        await _server.Container.CreateIfNotExistsAsync();
        await _server.UploadAsync("iasd2025/2025-01-17.pdf", LazyTraining);

        var outcomes = new[] { await indexer.IndexAsync("iasd2025/2025-01-17.pdf", default), await indexer.IndexAsync("iasd2025/2025-01-17.pdf", default) };
        Assert.Contains(IndexOutcome.Unchanged, outcomes);
        var before = await store.GetAsync("iasd2025", SlideLocation.MaterialIdFor("iasd2025/2025-01-17.pdf"), default);

        await _server.UploadAsync("iasd2025/2025-01-17.pdf", LazyTraining);
        Assert.Equal(IndexOutcome.Unchanged, await indexer.IndexAsync("iasd2025/2025-01-17.pdf", default));
        var after = await store.GetAsync("iasd2025", before!.Id, default);
        Assert.Equal(before.Sha256, after!.Sha256);
        Assert.NotEqual(before.BlobETag, after.BlobETag);
    }

    [Fact]
    public async Task Slides_uploaded_before_their_course_is_imported_are_indexed_once_it_is()
    {
        await _server.UploadAsync("later2026/2026-01-09-intro.pdf", TestPdfs.Deck("Intro", "hello"));
        var store = _server.Host.App.Services.GetRequiredService<IMaterialStore>();
        await WaitUntil(async () => (await store.ListAsync(SlideLocation.UnassignedPartition, default)).Any(m => m.BlobName.StartsWith("later2026/")));

        var page = "---\ntitle: Later\npermalink: /teaching/later2026\n---\n\n## Course Schedule\n\n| Date | Topic |\n|---|---|\n| 2026-01-09 | Intro |\n";
        await _server.Host.App.Services.GetRequiredService<CourseFunctions.Import.CourseImportService>().ImportAsync(page, null, null, false, default);

        await WaitUntil(async () => (await store.ListAsync("later2026", default)).Any(m => m.Status == MaterialStatus.Ready));
        Assert.DoesNotContain(await store.ListAsync(SlideLocation.UnassignedPartition, default), m => m.BlobName.StartsWith("later2026/"));
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException();
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData("/api/courses/iasd2025/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/courses/iasd2025/search?q=%20%20", HttpStatusCode.BadRequest)]
    [InlineData("/api/courses/iasd2025/search?q=!!!", HttpStatusCode.BadRequest)]
    [InlineData("/api/courses/iasd2025/search?q=a&top=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/courses/nope/search?q=kernel", HttpStatusCode.NotFound)]
    [InlineData("/api/courses/nope/materials", HttpStatusCode.NotFound)]
    [InlineData("/api/courses/iasd2025/materials/0123456789abcdef/content", HttpStatusCode.NotFound)]
    [InlineData("/api/courses/iasd2025/materials/..%2F..%2Fsecret/content", HttpStatusCode.BadRequest)]
    public async Task Bad_slide_requests_get_problem_json(string path, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(path);
        await ProblemAssert.IsProblem(response, expected);
    }

    [Fact]
    public async Task An_absurdly_long_query_is_400()
    {
        using var response = await Client.GetAsync("/api/courses/iasd2025/search?q=" + new string('a', 500));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
