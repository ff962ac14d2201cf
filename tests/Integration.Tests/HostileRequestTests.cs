using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// What the world can send to a running DevServer: pages that used to kill the process or burn CPU for
/// minutes, texts that used to be stored and then fail every read, and seeded fuzz of edit bodies and search
/// queries. Every answer is a 2xx or a 4xx problem, fast, and the server keeps serving.
/// </summary>
public class HostileRequestTests : IAsyncLifetime
{
    private const string Key = "hostile-key";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", Key);
        _client = _host.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(30);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private HttpRequestMessage Send(HttpMethod method, string path, string body, string contentType, string? ifMatch = "*")
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("x-functions-key", Key);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private async Task AssertStillServingAsync() =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/courses/iasd2025/schedule")).StatusCode);

    public static TheoryData<string, string> HostilePages() => new()
    {
        { "front matter nesting [ 30,000 deep", "---\ntitle: x\nk: " + new string('[', 30_000) + "\n---\n# T\n" },
        { "front matter of 100,000 [", "---\ntitle: x\nk: " + new string('[', 100_000) + "\n---\n# T\n" },
        { "a cell full of {{", Sample().Replace("| Jan 24     |  |  |", "| Jan 24 | " + string.Concat(Enumerable.Repeat("{{", 400_000)) + " |  |") },
        { "a cell full of {%", Sample().Replace("| Jan 24     |  |  |", "| Jan 24 | " + string.Concat(Enumerable.Repeat("{%", 400_000)) + " |  |") },
        { "a literature item of on on on", Sample().Replace("- Francis Bach book", "- " + string.Concat(Enumerable.Repeat("on ", 300_000))) },
        { "a row of 100,000 pipes", Sample().Replace("| Jan 24     |  |  |", "| Jan 24 | [x" + new string('|', 100_000) + "](y) |") },
        { "a description nested 200 deep", Sample().Replace("In the absence of", string.Concat(Enumerable.Repeat("> ", 200)) + "In") },
    };

    private static string Sample() => File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "samples/iasd2025.md"));

    [Theory]
    [MemberData(nameof(HostilePages))]
    public async Task A_hostile_page_gets_an_answer_and_the_server_keeps_serving(string what, string page)
    {
        foreach (var dryRun in new[] { true, false })
        {
            using var response = await _client.SendAsync(Send(HttpMethod.Post, $"/api/courses/hostile/import?dryRun={dryRun}", page, "text/markdown"));
            Assert.True((int)response.StatusCode is 200 or 400 or 413, $"{what}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK) await ProblemAssert.IsProblem(response, response.StatusCode);
        }
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_description_nested_too_deeply_is_refused_by_put_and_every_read_stays_200()
    {
        using var read = await _client.GetAsync("/api/courses/iasd2025");
        var course = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        course["description"] = string.Concat(Enumerable.Repeat("> ", 200)) + "deep";

        using var put = await _client.SendAsync(
            Send(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), "application/json", read.Headers.ETag!.ToString()));

        await ProblemAssert.IsProblem(put, HttpStatusCode.BadRequest);
        Assert.Contains("description", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/courses/iasd2025")).StatusCode);
    }

    [Theory]
    [InlineData("javascript:alert(document.domain)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    public async Task An_edit_with_an_unsafe_link_is_refused_with_the_field_named(string url)
    {
        using var read = await _client.GetAsync("/api/courses/iasd2025");
        var course = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        course["literature"]![0]!["url"] = url;
        course["pageUrl"] = url;

        using var put = await _client.SendAsync(
            Send(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), "application/json", read.Headers.ETag!.ToString()));

        await ProblemAssert.IsProblem(put, HttpStatusCode.BadRequest);
        var fields = (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("literature[0].url", fields);
        Assert.Contains("pageUrl", fields);
    }

    /// <summary>Seeded fuzz of PUT and PATCH bodies: deep nesting, wrong types, huge and broken strings.</summary>
    [Fact]
    public async Task Fuzzed_edit_bodies_never_get_a_5xx()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 150; i++)
        {
            var body = FuzzJson(random, depth: 0);
            // Past the 64 KiB limit the answer is 413 before the body is read (A_body_over_the_limit_is_413), and
            // the server closes the connection while a large body is still being sent.
            if (Encoding.UTF8.GetByteCount(body) > 60_000) continue;
            var (method, path, type) = random.Next(3) switch
            {
                0 => (HttpMethod.Put, "/api/courses/iasd2025", "application/json"),
                1 => (HttpMethod.Put, "/api/courses/iasd2025/sessions/2025-01-17", "application/json"),
                _ => (HttpMethod.Patch, "/api/courses/iasd2025/sessions/2025-01-17", "application/merge-patch+json"),
            };
            using var response = await _client.SendAsync(Send(method, path, body, type));
            Assert.True((int)response.StatusCode < 500, $"{method} {path} with {body[..Math.Min(body.Length, 300)]}: {(int)response.StatusCode}");
        }
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Fuzzed_search_queries_never_get_a_5xx()
    {
        var random = new Random(7);
        string[] pieces = ["kernel", "%00", "%FF", "%ED%A0%80", "*", "\"", "'", "%", "+", "ü", "%F0%9F%8E%93", " ", "&q=", "\\", "a"];
        for (var i = 0; i < 100; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 400)).Select(_ => pieces[random.Next(pieces.Length)]));
            using var response = await _client.GetAsync($"/api/courses/iasd2025/search?q={query}&top={random.Next(-5, 500)}");
            Assert.True((int)response.StatusCode < 500, $"{query[..Math.Min(query.Length, 200)]}: {(int)response.StatusCode}");
        }
    }

    private static string FuzzJson(Random random, int depth)
    {
        if (random.Next(40) == 0) return new string('[', random.Next(50, 5_000)); // deep or broken
        var fields = new[] { "title", "timeZone", "description", "evaluation", "topics", "literature", "instructors", "classTimes",
            "pageUrl", "start", "end", "status", "kind", "note", "location", "id", "links", "updatedAt", "x" };
        var json = new JsonObject();
        foreach (var field in fields.Where(_ => random.Next(3) == 0)) json[field] = FuzzValue(random, depth);
        return json.ToJsonString();
    }

    private static JsonNode? FuzzValue(Random random, int depth) => random.Next(depth > 6 ? 6 : 9) switch
    {
        0 => null,
        1 => random.Next(),
        2 => "\ud800 lone surrogate \u0000 nul",
        3 => new string('x', random.Next(0, 20_000)),
        4 => "09:00",
        5 => "Europe/Paris",
        6 => new JsonArray([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => FuzzValue(random, depth + 1))]),
        7 => new JsonObject { ["markdown"] = "> > x", ["html"] = "<script>", ["name"] = FuzzValue(random, depth + 1) },
        _ => string.Concat(Enumerable.Repeat("> ", random.Next(0, 300))),
    };
}
