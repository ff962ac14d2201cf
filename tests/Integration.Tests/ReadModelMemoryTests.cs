using System.Net;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Reading;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// What anonymous callers can make the read model keep: 10,000 event.ics requests for random dates of a real course and
/// random course ids leave at most the course and the capped events behind, and the course stays held (its next read costs
/// no storage round trip). Counted by the read model's own footprint, not by timing.
/// </summary>
public sealed class ReadModelMemoryTests : IAsyncLifetime
{
    private const int MaxEvents = 3;
    private DevServerHost _host = null!;

    public async Task InitializeAsync() => _host = await DevServerHost.StartAsync(null,
        "--ReadModel:MaxCourses", "1", "--ReadModel:MaxEventsPerCourse", MaxEvents.ToString(), "--ReadModel:RevalidateSeconds", "3600");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Random_dates_and_ids_leave_the_read_model_bounded_and_the_course_held()
    {
        using var client = _host.CreateClient();
        using (var first = await client.GetAsync("/api/courses/iasd2025/schedule")) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var model = _host.App.Services.GetRequiredService<CourseReadModel>();
        var random = new Random(21);
        var statuses = new Dictionary<HttpStatusCode, int>();

        var paths = Enumerable.Range(0, 10_000).Select(i => i % 2 == 0
            ? $"/api/courses/iasd2025/sessions/{new DateOnly(2025, 1, 1).AddDays(random.Next(365)):yyyy-MM-dd}/event.ics"
            : $"/api/courses/nosuch{random.Next(1_000_000)}/sessions/2025-01-10/event.ics").ToList();
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (path, token) =>
        {
            using var response = await client.GetAsync(path, token);
            lock (statuses) statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        });

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.NotFound }, statuses.Keys.Order());
        var footprint = model.Footprint();
        Assert.Equal(1, footprint.Courses);
        Assert.Equal(MaxEvents, footprint.EventBodies); // the sample has 8 sessions; random dates hit more than 3 of them
        using var again = await client.GetAsync("/api/courses/iasd2025/schedule");
        Assert.Equal("0", Regex.Match(again.Headers.GetValues("Server-Timing").Single(), @"(\d+) round trips").Groups[1].Value);
    }
}
