using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CourseFunctions.Core.Storage;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>The editing API against Azurite: keys, preconditions, validation, concurrency, and effects on JSON and calendar.</summary>
public class EditingApiTests : IAsyncLifetime
{
    private const string Key = "test-edit-key";
    private const string Session = "/api/courses/iasd2025/sessions/2025-01-17";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;
    private string _container = null!;

    public async Task InitializeAsync()
    {
        _container = "slides" + Guid.NewGuid().ToString("N")[..12];
        _host = await DevServerHost.StartAsync(null,
            "--DevServer:EditKey", Key,
            "--CourseData:PagesTableName", TestStorage.NewTableName(),
            "--Slides:ContainerName", _container,
            "--DevServer:ReconcileSeconds", "0.2",
            // These tests are about keys, preconditions and concurrency. Under a loaded CI machine, 100 concurrent
            // edits queued on one Azurite outlasted the 5 s default and got 503s; the deadline has its own tests.
            "--Api:WriteDeadlineSeconds", "60");
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static HttpRequestMessage Edit(HttpMethod method, string path, string? body = null, string? ifMatch = null,
        string contentType = "application/json", string? key = Key)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (key is not null) request.Headers.Add("x-functions-key", key);
        request.Headers.Add("X-Editor", "Ada (assistant)");
        return request;
    }

    private async Task<string> ETagOf(string path) => (await _client.GetAsync(path)).Headers.ETag!.Tag;

    private async Task<JsonElement> SessionJson() => await _client.GetFromJsonAsync<JsonElement>(Session);

    [Theory]
    [InlineData("PUT", "/api/courses/iasd2025")]
    [InlineData("PUT", "/api/courses/no-such-course")]
    [InlineData("PATCH", "/api/courses/iasd2025/sessions/2025-01-17")]
    [InlineData("PUT", "/api/courses/iasd2025/sessions/2025-01-17")]
    [InlineData("DELETE", "/api/courses/iasd2025/sessions/2025-01-17")]
    [InlineData("DELETE", "/api/courses/no-such-course/sessions/2025-01-17")]
    [InlineData("POST", "/api/courses/iasd2025/import")]
    [InlineData("POST", "/api/courses/iasd2025/slides/upload-url?name=a.pdf")]
    public async Task Without_the_key_or_with_a_wrong_one_every_write_is_401_and_says_nothing_of_the_course(string method, string path)
    {
        foreach (var key in new[] { null, "wrong", "" })
        {
            using var response = await _client.SendAsync(Edit(new HttpMethod(method), path, "{}", "*", key: key));
            await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
            Assert.DoesNotContain("not found", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_patch_with_the_current_etag_changes_the_session_everywhere_and_is_audited()
    {
        var etag = await ETagOf(Session);
        using var response = await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"topics":["Universal approximation"],"note":"Room B"}""", etag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var session = await SessionJson();
        Assert.Equal(["Universal approximation"], session.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Room B", session.GetProperty("note").GetString());
        Assert.Equal("2025-01-17T09:00:00+01:00", session.GetProperty("start").GetString());

        var feed = await IcalJs.ParseAsync(await _client.GetStringAsync("/api/courses/iasd2025/calendar.ics"));
        var calendarEvent = feed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("uid").GetString()!.StartsWith("iasd2025-20250117@"));
        Assert.Equal(1, calendarEvent.GetProperty("sequence").GetInt32());
        Assert.Contains("Universal approximation", calendarEvent.GetProperty("summary").GetString());

        var audit = (await _host.App.Services.GetRequiredService<AuditLog>().ReadPageAsync("iasd2025", null, 10, default)).Entries;
        var entry = Assert.Single(audit);
        Assert.Equal(new AuditActor("operator", null, "Ada (assistant)"), entry.Actor);
        Assert.Equal(("session.patch", "2025-01-17"), (entry.Action, entry.Target));
    }

    [Fact]
    public async Task A_write_without_if_match_is_428_and_a_stale_one_412()
    {
        var etag = await ETagOf(Session);
        await ProblemAssert.IsProblem(await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"note":"x"}""")), (HttpStatusCode)428);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"note":"first"}""", etag))).StatusCode);
        await ProblemAssert.IsProblem(
            await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"note":"second"}""", etag)), HttpStatusCode.PreconditionFailed);
        Assert.Equal("first", (await SessionJson()).GetProperty("note").GetString());
    }

    [Fact]
    public async Task Of_100_concurrent_edits_from_one_version_exactly_one_wins_and_none_is_lost_silently()
    {
        var etag = await ETagOf(Session);
        var edits = Enumerable.Range(0, 100).Select(async i =>
        {
            using var response = await _client.SendAsync(Edit(HttpMethod.Patch, Session, $$"""{"topics":["Edit {{i}}"]}""", etag));
            return (i, response.StatusCode);
        });
        var results = await Task.WhenAll(edits);

        var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(99, results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal([$"Edit {winner.i}"], (await SessionJson()).GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Invalid_bodies_get_field_level_errors_and_nothing_is_written()
    {
        var etag = await ETagOf(Session);
        using var response = await _client.SendAsync(Edit(HttpMethod.Patch, Session,
            """{"start":"25:00","end":"08:00","status":"maybe","kind":"party","topics":["", "ok"]}""", etag));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "start", "status", "kind", "topics[0]" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(etag, await ETagOf(Session));

        var tooLong = JsonSerializer.Serialize(new { topics = new[] { new string('x', 301) } });
        using var rejected = await _client.SendAsync(Edit(HttpMethod.Patch, Session, tooLong, etag));
        var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("topics[0]", out _));

        var endBeforeStart = await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"start":"11:00","end":"10:00"}""", etag));
        Assert.True(JsonDocument.Parse(await endBeforeStart.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("end", out _));
        Assert.Equal(etag, await ETagOf(Session));
    }

    /// <summary>A session whose page gave only its start ("08:30") reads back with a null end, and writes back the same way.</summary>
    [Fact]
    public async Task A_start_without_an_end_is_kept_and_an_end_without_a_start_is_refused()
    {
        var etag = await ETagOf(Session);
        using var startOnly = await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"start":"08:30","end":null}""", etag));
        Assert.Equal(HttpStatusCode.OK, startOnly.StatusCode);
        var session = await SessionJson();
        Assert.Equal("2025-01-17T08:30:00+01:00", session.GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("end").ValueKind);

        var newEtag = await ETagOf(Session);
        using var endOnly = await _client.SendAsync(Edit(HttpMethod.Patch, Session, """{"start":null,"end":"10:00"}""", newEtag));
        await ProblemAssert.IsProblem(endOnly, HttpStatusCode.BadRequest);
        Assert.True(JsonDocument.Parse(await endOnly.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("start", out _));
        Assert.Equal(newEtag, await ETagOf(Session));
    }

    [Theory]
    [InlineData("""{"unknownField":1}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""not json""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""[1,2]""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"note":"x"}""", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_bodies_are_refused(string body, string contentType, HttpStatusCode expected)
    {
        var etag = await ETagOf(Session);
        await ProblemAssert.IsProblem(await _client.SendAsync(Edit(HttpMethod.Patch, Session, body, etag, contentType)), expected);
        Assert.Equal(etag, await ETagOf(Session));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var huge = JsonSerializer.Serialize(new { note = new string('x', 70_000) });
        await ProblemAssert.IsProblem(await _client.SendAsync(Edit(HttpMethod.Patch, Session, huge, "*")), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("/api/courses/iasd2025/sessions/2025-02-30")]
    [InlineData("/api/courses/iasd2025/sessions/friday")]
    public async Task Dates_that_do_not_exist_are_400_with_the_field_named(string path)
    {
        using var response = await _client.SendAsync(Edit(HttpMethod.Patch, path, """{"note":"x"}""", "*"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("date", out _));
    }

    [Fact]
    public async Task Sessions_are_created_with_if_none_match_and_deleted_with_if_match()
    {
        const string path = "/api/courses/iasd2025/sessions/2025-03-07";
        var create = Edit(HttpMethod.Put, path, """{"topics":["Implicit bias"],"kind":"lecture"}""");
        create.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var created = await _client.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("2025-03-07T09:00:00+01:00", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("start").GetString());

        var again = Edit(HttpMethod.Put, path, """{"topics":["Twice"]}""");
        again.Headers.TryAddWithoutValidation("If-None-Match", "*");
        await ProblemAssert.IsProblem(await _client.SendAsync(again), HttpStatusCode.PreconditionFailed);

        using var deleted = await _client.SendAsync(Edit(HttpMethod.Delete, path, ifMatch: created.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
        Assert.DoesNotContain("iasd2025-20250307@", await _client.GetStringAsync("/api/courses/iasd2025/calendar.ics"));
    }

    [Fact]
    public async Task The_course_information_is_replaced_under_its_etag()
    {
        var etag = await ETagOf("/api/courses/iasd2025");
        var course = await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025");
        var body = JsonSerializer.Serialize(new
        {
            title = "Mathematics of deep learning",
            shortTitle = "MathDL",
            timeZone = "Europe/Paris",
            location = "Room D520, Université Paris Dauphine",
            classTimes = new[] { new { day = "friday", start = "09:00", end = "12:15" } },
            instructors = new[] { new { name = "Dr. Bruno Loureiro", email = "bruno.loureiro@di.ens.fr" } },
            description = course.GetProperty("description").GetProperty("markdown").GetString(),
        });
        using var response = await _client.SendAsync(Edit(HttpMethod.Put, "/api/courses/iasd2025", body, etag));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Room D520, Université Paris Dauphine",
            (await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025")).GetProperty("location").GetString());
        Assert.Equal(8, (await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/schedule")).GetProperty("sessions").GetArrayLength());
        Assert.Contains("SUMMARY:MathDL: Introduction", await _client.GetStringAsync("/api/courses/iasd2025/calendar.ics"));

        await ProblemAssert.IsProblem(await _client.SendAsync(Edit(HttpMethod.Put, "/api/courses/iasd2025", body, etag)), HttpStatusCode.PreconditionFailed);
        var badZone = body.Replace("Europe/Paris", "Mars/Olympus");
        using var invalid = await _client.SendAsync(Edit(HttpMethod.Put, "/api/courses/iasd2025", badZone, "*"));
        Assert.True(JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("timeZone", out _));
    }

    [Fact]
    public async Task Import_previews_with_dry_run_and_stores_with_if_match()
    {
        var page = DevServer.DevStorageSetup.ReadSample().Replace("| Jan 24     |  |", "| Jan 24     | Lazy training |");
        var before = await ETagOf("/api/courses/iasd2025");

        using var preview = await _client.SendAsync(Edit(HttpMethod.Post, "/api/courses/iasd2025/import?dryRun=true", page, contentType: "text/markdown"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var report = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, report.GetProperty("saved").ValueKind);
        Assert.Equal(17, report.GetProperty("warnings")[0].GetProperty("line").GetInt32());
        Assert.Equal(before, await ETagOf("/api/courses/iasd2025"));

        await ProblemAssert.IsProblem(
            await _client.SendAsync(Edit(HttpMethod.Post, "/api/courses/iasd2025/import", page, contentType: "text/markdown")), (HttpStatusCode)428);
        await ProblemAssert.IsProblem(
            await _client.SendAsync(Edit(HttpMethod.Post, "/api/courses/iasd2025/import", page, "*", contentType: "application/pdf")),
            HttpStatusCode.UnsupportedMediaType);
        using var stored = await _client.SendAsync(Edit(HttpMethod.Post, "/api/courses/iasd2025/import", page, before, contentType: "text/markdown"));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(1, (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved").GetProperty("updated").GetInt32());
        var january24 = await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/sessions/2025-01-24");
        Assert.Equal(["Lazy training"], january24.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    /// <summary>A page with a column of dates per group: ?group= chooses the group, and an unknown one is a 400 naming those there are.</summary>
    [Fact]
    public async Task Import_reads_the_group_the_query_names()
    {
        var page = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root(), "tests/Import.Tests/Corpus/hugo-toml-group-columns.md"));
        using var second = await _client.SendAsync(
            Edit(HttpMethod.Post, "/api/courses/python-g2/import?dryRun=true&group=Groupe%2002", page, contentType: "text/markdown"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var dates = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessions").EnumerateArray()
            .Select(s => s.GetProperty("date").GetString());
        Assert.Equal(["2025-08-27", "2025-09-03", "2025-09-17"], dates);

        using var unknown = await _client.SendAsync(
            Edit(HttpMethod.Post, "/api/courses/python-g2/import?dryRun=true&group=Groupe%207", page, contentType: "text/markdown"));
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("groupe 02 (mercredi 08h00)", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_upload_link_lets_a_browser_put_one_pdf_which_then_gets_indexed()
    {
        using var response = await _client.SendAsync(Edit(HttpMethod.Post, "/api/courses/iasd2025/slides/upload-url?name=2025-01-24/lazy.pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("iasd2025/2025-01-24/lazy.pdf", link.GetProperty("blobName").GetString());

        using var plain = new HttpClient();
        var upload = new HttpRequestMessage(HttpMethod.Put, link.GetProperty("uploadUrl").GetString())
        {
            Content = new ByteArrayContent(TestPdfs.Deck("Lazy", "kernel")),
        };
        upload.Headers.Add("x-ms-blob-type", "BlockBlob");
        upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.Created, (await plain.SendAsync(upload)).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/sessions/2025-01-24")).GetProperty("materials").GetArrayLength() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the uploaded deck was never indexed");
            await Task.Delay(100);
        }

        // The link is for that one blob: it cannot write a neighbour.
        var neighbour = new HttpRequestMessage(HttpMethod.Put, link.GetProperty("uploadUrl").GetString()!.Replace("lazy.pdf", "other.pdf"))
        {
            Content = new ByteArrayContent([1]),
        };
        neighbour.Headers.Add("x-ms-blob-type", "BlockBlob");
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.SendAsync(neighbour)).StatusCode);
    }

    [Theory]
    [InlineData("../other-course/x.pdf")]
    [InlineData("notes.docx")]
    [InlineData("")]
    public async Task Upload_links_are_refused_for_names_outside_the_course_folder(string name) =>
        await ProblemAssert.IsProblem(
            await _client.SendAsync(Edit(HttpMethod.Post, $"/api/courses/iasd2025/slides/upload-url?name={Uri.EscapeDataString(name)}")),
            HttpStatusCode.BadRequest);
}
