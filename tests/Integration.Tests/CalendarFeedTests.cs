using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CourseFunctions.Import;
using CourseFunctions.DevServer;

namespace CourseFunctions.Integration.Tests;

/// <summary>The calendar feed as calendar apps fetch it from the DevServer, with Azurite behind it.</summary>
public class CalendarFeedTests(SeededDevServer server) : IClassFixture<SeededDevServer>
{
    private const string FeedPath = "/api/courses/iasd2025/calendar.ics";
    private HttpClient Client => server.Client;

    [Fact]
    public async Task The_feed_is_text_calendar_uncompressed_with_validators()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Thunderbirds_parser_reads_every_session_at_the_right_instant()
    {
        var calendar = await IcalJs.ParseAsync(await Client.GetStringAsync(FeedPath));

        Assert.Equal("Mathematics of deep learning", calendar.GetProperty("name").GetString());
        Assert.Equal(["Europe/Paris"], calendar.GetProperty("timezones").EnumerateArray().Select(z => z.GetString()));
        var events = calendar.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(8, events.Count);
        var first = events.Single(e => e.GetProperty("uid").GetString()!.StartsWith("iasd2025-20250110@"));
        Assert.Equal("2025-01-10T08:00:00.000Z", first.GetProperty("start").GetString());
        Assert.Equal("2025-01-10T11:15:00.000Z", first.GetProperty("end").GetString());
        Assert.Equal("Europe/Paris", first.GetProperty("tzid").GetString());
        Assert.Equal("Mathematics of deep learning: Introduction; Recap of maths", first.GetProperty("summary").GetString());
        var cancelled = events.Single(e => e.GetProperty("uid").GetString()!.StartsWith("iasd2025-20250131@"));
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revalidation_by_etag_or_by_date_gives_304()
    {
        using var first = await Client.GetAsync(FeedPath);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(byTag)).StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(byDate)).StatusCode);

        using var older = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        older.Headers.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddSeconds(-1);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(older)).StatusCode);
    }

    [Fact]
    public async Task Course_and_schedule_json_link_the_feed_as_https_and_webcal()
    {
        var course = JsonDocument.Parse(await Client.GetStringAsync("/api/courses/iasd2025")).RootElement.GetProperty("links");
        var calendarUrl = course.GetProperty("calendar").GetString()!;
        Assert.Equal(new Uri(server.Host.BaseAddress, FeedPath).ToString(), calendarUrl);
        Assert.Equal("webcal" + calendarUrl[calendarUrl.IndexOf(':')..], course.GetProperty("calendarWebcal").GetString());

        var session = JsonDocument.Parse(await Client.GetStringAsync("/api/courses/iasd2025/schedule")).RootElement.GetProperty("sessions")[0];
        var eventUrl = session.GetProperty("links").GetProperty("calendarEvent").GetString()!;
        var single = await IcalJs.ParseAsync(await Client.GetStringAsync(eventUrl));
        Assert.Equal("iasd2025-20250110@coursefunctions", single.GetProperty("events")[0].GetProperty("uid").GetString());
    }

    [Theory]
    [InlineData("/api/courses/unknown/calendar.ics", HttpStatusCode.NotFound)]
    [InlineData("/api/courses/iasd2025/sessions/2025-01-11/event.ics", HttpStatusCode.NotFound)]
    [InlineData("/api/courses/iasd2025/sessions/2025-02-30/event.ics", HttpStatusCode.BadRequest)]
    [InlineData("/api/courses/iasd2025/sessions/tomorrow/event.ics", HttpStatusCode.BadRequest)]
    [InlineData("/api/courses/bad%2Fid/calendar.ics", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_problem_json(string path, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(path);
        await ProblemAssert.IsProblem(response, expected);
    }
}

/// <summary>Edits arrive by re-import; subscribers must see them, and never lose track of a session.</summary>
public class CalendarUpdateTests : IAsyncLifetime
{
    private const string FeedPath = "/api/courses/iasd2025/calendar.ics";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private Task Reimport(string page) =>
        _host.App.Services.GetRequiredService<CourseImportService>().ImportAsync(page, "iasd2025", null, dryRun: false, CancellationToken.None);

    private async Task<(HttpResponseMessage Response, Dictionary<string, JsonElement> Events)> Feed()
    {
        var response = await _client.GetAsync(FeedPath);
        var calendar = await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync());
        return (response, calendar.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("uid").GetString()!));
    }

    [Fact]
    public async Task An_edit_raises_sequence_keeps_uids_and_moves_last_modified_forward()
    {
        var (before, eventsBefore) = await Feed();
        var page = DevStorageSetup.ReadSample();

        await Reimport(page);
        var (unchanged, eventsUnchanged) = await Feed();
        Assert.Equal(before.Headers.ETag, unchanged.Headers.ETag);
        Assert.Equal(eventsBefore.Keys.Order(), eventsUnchanged.Keys.Order());

        await Reimport(page.Replace("| Jan 17     |  |", "| Jan 17     | Universal approximation |"));
        var (after, eventsAfter) = await Feed();
        Assert.Equal(eventsBefore.Keys.Order(), eventsAfter.Keys.Order());
        var january17 = eventsAfter.Single(e => e.Key.StartsWith("iasd2025-20250117@")).Value;
        Assert.Equal(1, january17.GetProperty("sequence").GetInt32());
        Assert.Contains("Universal approximation", january17.GetProperty("summary").GetString());
        Assert.True(after.Content.Headers.LastModified > before.Content.Headers.LastModified);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);

        // Apple Calendar revalidates by date: its old date must now get the new feed, not a 304.
        using var apple = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        apple.Headers.IfModifiedSince = before.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(apple)).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_session_moves_last_modified_forward_too()
    {
        var (before, _) = await Feed();
        await Reimport(DevStorageSetup.ReadSample().Replace("| Feb 28     |  |  |", ""));
        var (after, events) = await Feed();
        Assert.Equal(7, events.Count);
        Assert.True(after.Content.Headers.LastModified > before.Content.Headers.LastModified);
    }
}
