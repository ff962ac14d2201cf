using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CourseFunctions.Core.Changes;
using CourseFunctions.DevServer;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// A change is what students see change: the three cases of the change-feed issue, through the API, the feed
/// (parsed by ical.js) and the change log.
/// </summary>
public class EffectiveChangeTests : EditingDevServerTests
{
    private const string FeedPath = "/api/courses/iasd2025/calendar.ics";
    private async Task<Dictionary<string, JsonElement>> EventsAsync()
    {
        var calendar = await IcalJs.ParseAsync(await Client.GetStringAsync(FeedPath));
        return calendar.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("uid").GetString()![..17]);
    }

    private Task<ChangePage> ChangesAsync() =>
        Host.App.Services.GetRequiredService<ICourseChangeLog>().ReadPageAsync("iasd2025", null, 100, default);

    [Fact]
    public async Task A_corrected_time_zone_moves_every_timed_event_raises_its_sequence_and_is_reported_as_changed()
    {
        var before = await EventsAsync();
        var page = DevStorageSetup.ReadSample().Replace("nav: false\n", "nav: false\ntimezone: America/Montreal\n");
        using var response = await SendEditAsync(HttpMethod.Post, "/api/courses/iasd2025/import", page, "text/markdown");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved");

        var after = await EventsAsync();
        var moved = after.Where(e => e.Value.GetProperty("start").GetString() != before[e.Key].GetProperty("start").GetString()).ToList();
        Assert.Equal(before.Count, moved.Count);
        Assert.All(moved, e => Assert.Equal(before[e.Key].GetProperty("sequence").GetInt32() + 1, e.Value.GetProperty("sequence").GetInt32()));
        Assert.Equal(before.Count, saved.GetProperty("updated").GetInt32());

        var timeChanges = (await ChangesAsync()).Changes.Where(c => c.Kind == ChangeKind.TimeChanged).ToList();
        Assert.Equal(before.Count, timeChanges.Count);
        // 09:00 in Paris was 03:00 in Montreal: what a student there saw, and what they will see.
        Assert.Contains(timeChanges, c => c.SessionDate == new DateOnly(2025, 1, 17) && c.Before == "03:00–06:15" && c.After == "09:00–12:15");
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_keeps_the_sequence_and_records_nothing()
    {
        var before = await EventsAsync();
        using var response = await SendEditAsync(HttpMethod.Patch, "/api/courses/iasd2025/sessions/2025-01-31", """{"status":"cancelled"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await EventsAsync();
        Assert.Equal(before["iasd2025-20250131"].GetProperty("sequence").GetInt32(), after["iasd2025-20250131"].GetProperty("sequence").GetInt32());
        Assert.Empty((await ChangesAsync()).Changes);
    }

    [Fact]
    public async Task A_cancelled_event_says_the_reason_the_instructor_gave()
    {
        using var response = await SendEditAsync(HttpMethod.Patch, "/api/courses/iasd2025/sessions/2025-01-17",
            """{"status":"cancelled","note":"Instructor at a conference"}""", "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var cancelled = (await EventsAsync())["iasd2025-20250117"];
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        Assert.StartsWith("This session is cancelled: Instructor at a conference", cancelled.GetProperty("description").GetString());
        Assert.Equal(1, cancelled.GetProperty("sequence").GetInt32());
        var change = Assert.Single((await ChangesAsync()).Changes);
        Assert.Equal((ChangeKind.Cancelled, "Instructor at a conference"), (change.Kind, change.After));
    }
}
