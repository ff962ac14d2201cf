using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// The public change log on a running DevServer: JSON newest first and paged, an Atom feed that a syndication parser
/// reads, both with ETags, and the calendar's option for cancelled sessions.
/// </summary>
public class ChangeFeedTests : EditingDevServerTests
{
    private const string Changes = "/api/courses/iasd2025/changes";
    private async Task EditAsync(HttpMethod method, string path, string body, string contentType = "application/merge-patch+json")
    {
        using var response = await SendEditAsync(method, path, body, contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task CancelAsync(string date, string reason) =>
        EditAsync(HttpMethod.Patch, $"/api/courses/iasd2025/sessions/{date}", $$"""{"status":"cancelled","note":"{{reason}}"}""");

    [Fact]
    public async Task Changes_are_listed_newest_first_in_the_courses_words_with_an_etag_and_pages()
    {
        await CancelAsync("2025-02-07", "Strike");
        await EditAsync(HttpMethod.Patch, "/api/courses/iasd2025/sessions/2025-02-14", """{"location":"Amphi B"}""");

        using var response = await Client.GetAsync(Changes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        var changes = list.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["roomChanged", "cancelled"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("Fri 7 Feb: cancelled (Strike)", changes[1].GetProperty("title").GetString());
        Assert.Equal("Amphi B", changes[0].GetProperty("after").GetString());
        Assert.False(changes[0].TryGetProperty("who", out _));

        using var again = new HttpRequestMessage(HttpMethod.Get, Changes);
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);

        var first = await Client.GetFromJsonAsync<JsonElement>(Changes + "?limit=1");
        Assert.Equal("roomChanged", first.GetProperty("changes")[0].GetProperty("kind").GetString());
        var second = await Client.GetFromJsonAsync<JsonElement>(first.GetProperty("next").GetString());
        Assert.Equal("cancelled", second.GetProperty("changes")[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task The_atom_feed_is_valid_rfc_4287_and_says_what_changed()
    {
        await CancelAsync("2025-02-07", "Strike");

        using var response = await Client.GetAsync(Changes + ".atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        var xml = await response.Content.ReadAsStringAsync();

        using var reader = XmlReader.Create(new StringReader(xml));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        // RFC 4287 §4.1.1: a feed has an id, a title and updated; §4.1.2: so does each entry.
        Assert.True(Uri.IsWellFormedUriString(feed.Id, UriKind.Absolute));
        Assert.Equal("Mathematics of deep learning: schedule changes", feed.Title.Text);
        Assert.NotEqual(default, feed.LastUpdatedTime);
        Assert.NotEmpty(feed.Authors);
        var entry = Assert.Single(feed.Items);
        Assert.StartsWith("tag:", entry.Id);
        Assert.Equal("Fri 7 Feb: cancelled (Strike)", entry.Title.Text);
        Assert.Equal(feed.LastUpdatedTime, entry.LastUpdatedTime);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri.EndsWith("/api/courses/iasd2025/changes.atom"));
    }

    [Fact]
    public async Task Unknown_courses_are_404_and_bad_pages_400()
    {
        await ProblemAssert.IsProblem(await Client.GetAsync("/api/courses/nosuchcourse/changes"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await Client.GetAsync("/api/courses/nosuchcourse/changes.atom"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await Client.GetAsync(Changes + "?limit=0"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblem(await Client.GetAsync(Changes + "?after=x"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_course_may_keep_cancelled_sessions_visible_and_dates_follow_its_culture()
    {
        var course = (await Client.GetFromJsonAsync<JsonObject>("/api/courses/iasd2025"))!;
        Assert.Equal("status", course["cancelledInCalendar"]!.GetValue<string>());
        course["cancelledInCalendar"] = "transparent";
        course["culture"] = "fr-FR";
        await EditAsync(HttpMethod.Put, "/api/courses/iasd2025", course.ToJsonString(), "application/json");
        await CancelAsync("2025-02-07", "Grève");

        var ics = await Client.GetStringAsync("/api/courses/iasd2025/calendar.ics");
        var feed = await IcalJs.ParseAsync(ics);
        var cancelled = feed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("uid").GetString()!.StartsWith("iasd2025-20250207@"));
        Assert.Equal("CONFIRMED", cancelled.GetProperty("status").GetString());
        Assert.StartsWith("Cancelled:", cancelled.GetProperty("summary").GetString());
        Assert.Contains("TRANSP:TRANSPARENT", ics);
        // The session cancelled by the page (31 Jan) changed how it shows too: a new SEQUENCE.
        var january31 = feed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("uid").GetString()!.StartsWith("iasd2025-20250131@"));
        Assert.Equal(1, january31.GetProperty("sequence").GetInt32());

        var changes = await Client.GetFromJsonAsync<JsonElement>(Changes);
        Assert.Equal("ven. 7 févr.: cancelled (Grève)", changes.GetProperty("changes")[0].GetProperty("title").GetString());
    }
}
