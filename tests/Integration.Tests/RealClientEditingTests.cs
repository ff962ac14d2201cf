using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Editing the way real clients do it: a browser's GET is compressed before it writes, an editor changes one
/// field of what it read and sends the object back, a CI step runs on a course's first push and runs twice.
/// </summary>
public class RealClientEditingTests : IAsyncLifetime
{
    private const string Key = "real-client-key";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", Key);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static HttpRequestMessage Write(HttpMethod method, string path, string body, string ifMatch, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        request.Headers.Add("x-functions-key", Key);
        request.Headers.Add("X-Editor", "browser editor");
        return request;
    }

    /// <summary>What a browser does: GET with Accept-Encoding, decode, keep the ETag of that (compressed) response.</summary>
    private async Task<(JsonNode Body, string ETag, string Coding)> BrowserGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br, zstd");
        using var response = await _client.SendAsync(request);
        var coding = Assert.Single(response.Content.Headers.ContentEncoding);
        await using var raw = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = coding == "br"
            ? new System.IO.Compression.BrotliStream(raw, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(raw, System.IO.Compression.CompressionMode.Decompress);
        return (JsonNode.Parse(decoded)!, response.Headers.ETag!.ToString(), coding);
    }

    [Fact]
    public async Task A_course_read_compressed_changed_in_one_field_and_put_back_whole_is_saved()
    {
        var (course, etag, coding) = await BrowserGetAsync("/api/courses/iasd2025");
        Assert.Equal("br", coding);
        Assert.EndsWith(".br\"", etag); // the tag of the compressed representation is what the browser holds
        Assert.Equal(JsonValueKind.Object, course["description"]!.GetValueKind()); // { markdown, html }, as read

        course["title"] = "Mathematics of deep learning (revised)";
        using var put = await _client.SendAsync(Write(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), etag));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025");
        Assert.Equal("Mathematics of deep learning (revised)", saved.GetProperty("title").GetString());
        Assert.Equal(course["description"]!["markdown"]!.GetValue<string>(), saved.GetProperty("description").GetProperty("markdown").GetString());
        Assert.True(JsonNode.DeepEquals(course["literature"], JsonNode.Parse(saved.GetProperty("literature").GetRawText())));

        // The same compressed tag, now stale, is refused: the suffix is understood, not ignored.
        using var stale = await _client.SendAsync(Write(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), etag));
        await ProblemAssert.IsProblem(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_session_read_then_put_back_with_one_topic_added_keeps_its_times()
    {
        const string path = "/api/courses/iasd2025/sessions/2025-01-17";
        using var read = await _client.GetAsync(path);
        var session = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        session["topics"]!.AsArray().Add("Depth separation");

        using var put = await _client.SendAsync(Write(HttpMethod.Put, path, session.ToJsonString(), read.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(session["start"]!.GetValue<string>(), saved.GetProperty("start").GetString());
        Assert.Equal(session["end"]!.GetValue<string>(), saved.GetProperty("end").GetString());
        Assert.Equal("Depth separation", saved.GetProperty("topics").EnumerateArray().Last().GetString());
    }

    [Fact]
    public async Task Unknown_fields_and_html_only_texts_are_still_refused()
    {
        var (course, etag, _) = await BrowserGetAsync("/api/courses/iasd2025");
        course["colour"] = "blue";
        await ProblemAssert.IsProblem(
            await _client.SendAsync(Write(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), etag)), HttpStatusCode.BadRequest);
        course.AsObject().Remove("colour");
        course["description"] = new JsonObject { ["html"] = "<p>x</p>", ["script"] = "alert(1)" };
        await ProblemAssert.IsProblem(
            await _client.SendAsync(Write(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), etag)), HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// The documented GitHub Actions step (docs/ci-publishing.md, with an editor's token), taken from the page itself, run twice on a course
    /// the operator has just created empty (editors exist only for existing courses).
    /// </summary>
    [Fact]
    public async Task The_documented_ci_step_fills_a_new_course_with_an_editor_token_and_can_run_twice()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root(), "docs/ci-publishing.md"));
        var step = Regex.Match(readme, @"- name: Update the live course page\n\s+run: \|\n(?<script>(?:    .*\n)+)").Groups["script"].Value;
        Assert.Contains("If-Match: *", step);
        var courseId = "ci" + Guid.NewGuid().ToString("N")[..8];
        using var create = new HttpRequestMessage(HttpMethod.Put, $"/api/courses/{courseId}")
        {
            Content = new StringContent("""{"title":"New course","timeZone":"Europe/Paris"}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", Key }, { "If-None-Match", "*" } },
        };
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(create)).StatusCode);
        using var editor = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{courseId}/editors")
        {
            Content = new StringContent("""{"name":"site CI"}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", Key } },
        };
        var token = (await (await _client.SendAsync(editor)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var script = step
            .Replace("${{ vars.COURSEFUNCTIONS_API }}", new Uri(_host.BaseAddress, "api").AbsoluteUri)
            .Replace("${{ secrets.COURSEFUNCTIONS_TOKEN }}", token)
            .Replace("courses/iasd2025/", $"courses/{courseId}/")
            .Replace("_pages/teaching/iasd2025.md", Path.Combine(RepositoryPaths.Root(), "samples/iasd2025.md"));

        for (var run = 1; run <= 2; run++)
        {
            var (exitCode, output) = await RunBashAsync(script);
            Assert.True(exitCode == 0, $"run {run}: {output}");
            var course = await _client.GetFromJsonAsync<JsonElement>($"/api/courses/{courseId}/schedule");
            Assert.Equal(8, course.GetProperty("sessions").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_audit_log_reads_newest_first_a_page_at_a_time_with_the_key_only()
    {
        const string path = "/api/courses/iasd2025/sessions/2025-01-17";
        for (var i = 1; i <= 3; i++)
        {
            using var read = await _client.GetAsync(path);
            using var patch = await _client.SendAsync(
                Write(HttpMethod.Patch, path, $$"""{"note":"edit {{i}}"}""", read.Headers.ETag!.ToString(), "application/merge-patch+json"));
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        }

        using var anonymous = await _client.GetAsync("/api/courses/iasd2025/audit");
        await ProblemAssert.IsProblem(anonymous, HttpStatusCode.Unauthorized);

        var entries = new List<JsonElement>();
        string? next = "/api/courses/iasd2025/audit?limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("x-functions-key", Key);
            using var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            entries.AddRange(page.GetProperty("entries").EnumerateArray());
            next = page.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(2, pages);
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(("session.patch", "2025-01-17"), (e.GetProperty("action").GetString(), e.GetProperty("target").GetString())));
        Assert.Equal(("operator", "browser editor"), (entries[0].GetProperty("editor").GetString(), entries[0].GetProperty("note").GetString()));
        var times = entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);

        using var badCursor = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025/audit?after=' or 1 eq 1");
        badCursor.Headers.Add("x-functions-key", Key);
        await ProblemAssert.IsProblem(await _client.SendAsync(badCursor), HttpStatusCode.BadRequest);
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-euo");
        start.ArgumentList.Add("pipefail");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await output + await errors);
    }
}
