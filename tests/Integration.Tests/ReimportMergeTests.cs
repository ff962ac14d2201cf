using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Re-import keeps the edits made since the last import, against Azurite through a DevServer that seeded the sample
/// course by import: a cancellation made through the API survives the CI's next push of the page.
/// </summary>
public class ReimportMergeTests : IAsyncLifetime
{
    private const string Key = "test-edit-key";
    private const string January17 = "/api/courses/iasd2025/sessions/2025-01-17";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null,
            "--DevServer:EditKey", Key,
            "--CourseData:PagesTableName", TestStorage.NewTableName(),
            // The import's time budget guards against hangs; this machine's load is not what these tests measure.
            "--Import:TimeBudgetSeconds", "120");
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static string Sample => DevServer.DevStorageSetup.ReadSample();

    private static string WithJanuary17Topic(string topic)
    {
        var page = Sample.Replace("| Jan 17     |  |", $"| Jan 17     | {topic} |");
        Assert.Contains(topic, page);
        return page;
    }

    private async Task EditJanuary17(string patch)
    {
        var etag = (await _client.GetAsync(January17)).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Patch, January17) { Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        request.Headers.Add("x-functions-key", Key);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> Import(string page, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/courses/iasd2025/import" + query)
        {
            Content = new StringContent(page, Encoding.UTF8, "text/markdown"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        request.Headers.Add("x-functions-key", Key);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> January17Session() => await _client.GetFromJsonAsync<JsonElement>(January17);

    private static string[] Topics(JsonElement session) => [.. session.GetProperty("topics").EnumerateArray().Select(topic => topic.GetString()!)];

    private static JsonElement EditOf(JsonElement report, string field) =>
        report.GetProperty("edits").EnumerateArray()
            .Single(edit => edit.GetProperty("date").GetString() == "2025-01-17" && edit.GetProperty("field").GetString() == field);

    [Fact]
    public async Task A_cancellation_made_through_the_api_survives_a_reimport_of_the_unchanged_page()
    {
        await EditJanuary17("""{"status":"cancelled"}""");

        var report = await Import(Sample);

        Assert.Equal("cancelled", (await January17Session()).GetProperty("status").GetString());
        var edit = EditOf(report, "status");
        Assert.True(edit.GetProperty("kept").GetBoolean());
        Assert.False(edit.GetProperty("conflict").GetBoolean());
        Assert.Equal(0, report.GetProperty("saved").GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task A_topic_the_page_changes_is_updated_and_the_cancellation_kept()
    {
        await EditJanuary17("""{"status":"cancelled"}""");

        await Import(WithJanuary17Topic("Universal approximation"));

        var session = await January17Session();
        Assert.Equal(["Universal approximation"], Topics(session));
        Assert.Equal("cancelled", session.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_field_both_changed_goes_to_the_page_and_the_dry_run_and_the_import_name_the_overridden_edit()
    {
        await EditJanuary17("""{"topics":["Edited through the API"]}""");
        var page = WithJanuary17Topic("Universal approximation");

        var preview = await Import(page, "?dryRun=true");
        Assert.Equal(["Edited through the API"], Topics(await January17Session()));
        var storage = preview.GetProperty("storage");
        Assert.True(storage.GetProperty("compared").GetBoolean());
        var change = storage.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(
            ("2025-01-17", "changed", "topics"),
            (change.GetProperty("date").GetString(), change.GetProperty("change").GetString(), change.GetProperty("fields")[0].GetString()));
        var previewed = EditOf(preview, "topics");
        Assert.True(previewed.GetProperty("conflict").GetBoolean());
        Assert.False(previewed.GetProperty("kept").GetBoolean());

        var report = await Import(page);

        Assert.Equal(["Universal approximation"], Topics(await January17Session()));
        var overridden = EditOf(report, "topics");
        Assert.Equal(("Edited through the API", "Universal approximation", false),
            (overridden.GetProperty("stored").GetString(), overridden.GetProperty("page").GetString(), overridden.GetProperty("kept").GetBoolean()));
    }

    [Fact]
    public async Task With_keep_edits_the_stored_edit_wins_the_conflict()
    {
        await EditJanuary17("""{"topics":["Edited through the API"]}""");

        var report = await Import(WithJanuary17Topic("Universal approximation"), "?keepEdits=true");

        Assert.Equal(["Edited through the API"], Topics(await January17Session()));
        var kept = EditOf(report, "topics");
        Assert.True(kept.GetProperty("conflict").GetBoolean() && kept.GetProperty("kept").GetBoolean());
        // The page as imported is the next base: pushing the same page again is no conflict and keeps the edit.
        var again = await Import(WithJanuary17Topic("Universal approximation"));
        Assert.Equal(["Edited through the API"], Topics(await January17Session()));
        Assert.False(EditOf(again, "topics").GetProperty("conflict").GetBoolean());
    }

    [Fact]
    public async Task The_command_line_dry_run_shows_the_overridden_edit_and_keep_edits_keeps_it()
    {
        await EditJanuary17("""{"topics":["Edited through the API"]}""");
        var file = Path.Combine(Path.GetTempPath(), $"iasd2025-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(file, WithJanuary17Topic("Universal approximation"));
        try
        {
            string[] storage = ["--course-id", "iasd2025", "--CourseStorage", TestStorage.ConnectionString, "--CourseData:TableName", _host.TableName];
            var dryRun = await Cli.Run(["--dry-run", file, .. storage]);
            Assert.True(dryRun.ExitCode == 0, dryRun.Errors);
            Assert.Contains("Storage: the import would change 1 sessions:", dryRun.Output);
            Assert.Contains("changed  Fri 2025-01-17: topics", dryRun.Output);
            Assert.Contains("Fri 2025-01-17 topics \"Edited through the API\": OVERRIDDEN by the page's \"Universal approximation\"", dryRun.Output);
            Assert.Equal(["Edited through the API"], Topics(await January17Session()));

            var kept = await Cli.Run(["--keep-edits", file, .. storage]);
            Assert.True(kept.ExitCode == 0, kept.Errors);
            Assert.Contains("kept over the page's \"Universal approximation\"", kept.Output);
            Assert.Equal(["Edited through the API"], Topics(await January17Session()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_command_line_dry_run_without_storage_says_it_did_not_compare()
    {
        var dryRun = await Cli.Run(["--dry-run", Path.Combine(AppContext.BaseDirectory, "samples/iasd2025.md"), "--CourseStorage", TestStorage.Unreachable]);
        Assert.True(dryRun.ExitCode == 0, dryRun.Errors);
        Assert.Contains("Storage: not compared: storage did not answer", dryRun.Output);
        Assert.Contains("Fri 2025-01-10", dryRun.Output);
    }
}
