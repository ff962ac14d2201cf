using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Concurrent editors against a running DevServer and Azurite: "If-Match: *" edits apply to the version they were made
/// from, so two edits of different fields both survive; a stale version is still refused.
/// </summary>
public class LostUpdateTests : EditingDevServerTests
{
    private const string Session = "/api/courses/iasd2025/sessions/2025-01-17";
    private Task<HttpResponseMessage> PatchAsync(string body, string ifMatch) => SendEditAsync(HttpMethod.Patch, Session, body, ifMatch: ifMatch);

    [Fact]
    public async Task Two_concurrent_patches_of_different_fields_with_if_match_star_both_survive_every_round()
    {
        const int rounds = 20;
        var survived = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var start = new TaskCompletionSource();
            var note = Task.Run(async () => { await start.Task; return await PatchAsync($$"""{"note":"Note {{round}}"}""", "*"); });
            var room = Task.Run(async () => { await start.Task; return await PatchAsync($$"""{"location":"Room {{round}}"}""", "*"); });
            start.SetResult();
            using var noteResponse = await note;
            using var roomResponse = await room;
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (noteResponse.StatusCode, roomResponse.StatusCode));

            var session = await Client.GetFromJsonAsync<JsonElement>(Session);
            if (session.GetProperty("note").GetString() == $"Note {round}" && session.GetProperty("location").GetString() == $"Room {round}")
                survived++;
        }
        Assert.Equal(rounds, survived);

        // Every acknowledged edit has its audit entry, and each one's change record (the room) is there with its outbox marker.
        var audit = await Host.App.Services.GetRequiredService<AuditLog>().ReadPageAsync("iasd2025", null, 100, default);
        Assert.Equal(2 * rounds, audit.Entries.Count(e => e.Action == "session.patch"));
        var log = Host.App.Services.GetRequiredService<ICourseChangeLog>();
        var changes = await log.ReadPageAsync("iasd2025", null, 100, default);
        Assert.Equal(rounds, changes.Changes.Count(c => c.Kind == ChangeKind.RoomChanged));
        Assert.Equal("Room 20", changes.Changes.First(c => c.Kind == ChangeKind.RoomChanged).After);
        var pending = await log.ListPendingAsync(1000, default);
        Assert.Equal(changes.Changes.Select(c => c.Id).Order(), pending.Where(m => m.CourseId == "iasd2025").Select(m => m.ChangeId).Order());
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_412_and_leaves_the_session_as_it_was()
    {
        using var read = await Client.GetAsync(Session);
        var stale = read.Headers.ETag!.Tag;
        var location = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("location").GetString();
        using (var first = await PatchAsync("""{"note":"first"}""", stale)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var second = await PatchAsync("""{"location":"Room 9"}""", stale))
            await ProblemAssert.IsProblem(second, HttpStatusCode.PreconditionFailed);
        var session = await Client.GetFromJsonAsync<JsonElement>(Session);
        Assert.Equal(("first", location), (session.GetProperty("note").GetString(), session.GetProperty("location").GetString()));
    }

    [Fact]
    public async Task An_import_under_a_version_that_moved_is_412_and_stores_nothing()
    {
        var version = (await Client.GetAsync("/api/courses/iasd2025")).Headers.ETag!.Tag;
        using (var edit = await PatchAsync("""{"note":"edited meanwhile"}""", "*")) Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var page = DevServer.DevStorageSetup.ReadSample().Replace("| Jan 24     |  |", "| Jan 24     | Lazy training |");
        using var response = await SendEditAsync(HttpMethod.Post, "/api/courses/iasd2025/import", page, "text/markdown", version);

        // The session edit moved the course's revision, so the version the importer read is no longer current.
        await ProblemAssert.IsProblem(response, HttpStatusCode.PreconditionFailed);
        var january24 = await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/sessions/2025-01-24");
        Assert.Empty(january24.GetProperty("topics").EnumerateArray());
        var audit = await Host.App.Services.GetRequiredService<AuditLog>().ReadPageAsync("iasd2025", null, 100, default);
        Assert.DoesNotContain(audit.Entries, e => e.Action == "course.import");
    }
}
