using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Public GETs served from the read model on a real DevServer and Azurite: a hit costs no storage round trip
/// (Server-Timing says how many a request cost), HEAD answers every GET route with GET's headers and no body,
/// and the course list over 1,000 courses comes from memory.
/// </summary>
public class ReadModelTests(SeededDevServer server) : IClassFixture<SeededDevServer>
{
    public static TheoryData<string> PublicGets() =>
    [
        "/api/courses", "/api/courses/iasd2025", "/api/courses/iasd2025/schedule", "/api/courses/iasd2025/calendar.ics",
        "/api/courses/iasd2025/sessions/2025-01-10/event.ics", "/api/courses/iasd2025/materials", "/api/course-widget.js", "/api/health",
    ];

    private static int RoundTrips(HttpResponseMessage response) =>
        int.Parse(Regex.Match(response.Headers.GetValues("Server-Timing").Single(), @"(\d+) round trips").Groups[1].Value);

    [Theory]
    [MemberData(nameof(PublicGets))]
    public async Task Head_answers_with_the_headers_of_get_and_no_body(string path)
    {
        using var get = await server.Client.GetAsync(path);
        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
    }

    [Theory]
    [InlineData("/api/courses")]
    [InlineData("/api/courses/iasd2025")]
    [InlineData("/api/courses/iasd2025/schedule")]
    [InlineData("/api/courses/iasd2025/calendar.ics")]
    [InlineData("/api/courses/iasd2025/materials")]
    public async Task A_cached_read_makes_no_storage_round_trip_and_says_so(string path)
    {
        await server.Client.GetAsync(path);
        using var hit = await server.Client.GetAsync(path);
        Assert.Equal(0, RoundTrips(hit));
        Assert.Contains("stale-if-error=86400", hit.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_compressed_hit_is_served_from_the_variant_built_once()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025/schedule");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        await server.Client.SendAsync(request);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025/schedule");
        again.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await server.Client.SendAsync(again);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.EndsWith(".br\"", response.Headers.ETag!.Tag);
        Assert.Equal(0, RoundTrips(response));
    }

    [Fact]
    public async Task A_bad_date_gets_the_same_400_on_every_route_that_has_one()
    {
        using var read = await server.Client.GetAsync("/api/courses/iasd2025/sessions/2025-02-30");
        using var feed = await server.Client.GetAsync("/api/courses/iasd2025/sessions/2025-02-30/event.ics");
        await ProblemAssert.IsProblem(read, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblem(feed, HttpStatusCode.BadRequest);
        Assert.Equal(await read.Content.ReadAsStringAsync(), await feed.Content.ReadAsStringAsync());
    }
}

/// <summary>The course list of a deployment with 1,000 courses: from memory, revalidated by one point read.</summary>
public sealed class CourseListTests : IAsyncLifetime
{
    private DevServerHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null, "--DevServer:SeedSample", "false");
        var store = _host.App.Services.GetRequiredService<ICourseStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1_000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            await store.SaveAsync(new Course { Id = $"course{i:D4}", Title = $"Course {i}", TimeZone = "Europe/Paris", Semester = "Fall 2026" }, [], token));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_list_of_1000_courses_is_served_from_memory_after_the_first_read()
    {
        using var client = _host.CreateClient();
        using var first = await client.GetAsync("/api/courses");
        using var second = await client.GetAsync("/api/courses");

        Assert.Equal(1_000, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("courses").GetArrayLength());
        Assert.Equal(0, int.Parse(Regex.Match(second.Headers.GetValues("Server-Timing").Single(), @"(\d+) round trips").Groups[1].Value));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }
}
