using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests;

/// <summary>The public read API as a course website sees it: the DevServer over HTTP, Azurite behind it, the sample course seeded.</summary>
public class ReadApiTests(SeededDevServer server) : IClassFixture<SeededDevServer>
{
    private HttpClient Client => server.Client;

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Health_is_200_when_storage_answers()
    {
        var health = await GetJson("/api/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Courses_lists_the_seeded_sample()
    {
        var courses = (await GetJson("/api/courses")).GetProperty("courses");
        var sample = Assert.Single(courses.EnumerateArray());
        Assert.Equal("iasd2025", sample.GetProperty("id").GetString());
        Assert.Equal("Mathematics of deep learning", sample.GetProperty("title").GetString());
        Assert.Equal("Winter 2025", sample.GetProperty("semester").GetString());
    }

    [Fact]
    public async Task Course_has_the_contract_fields()
    {
        var course = await GetJson("/api/courses/iasd2025");
        Assert.Equal("iasd2025", course.GetProperty("id").GetString());
        Assert.Equal("PSL University", course.GetProperty("institution").GetString());
        Assert.Equal("bruno.loureiro@di.ens.fr", course.GetProperty("instructors")[0].GetProperty("email").GetString());
        Assert.Equal("Europe/Paris", course.GetProperty("timeZone").GetString());
        var classTime = course.GetProperty("classTimes")[0];
        Assert.Equal(
            ("friday", "09:00", "12:15"),
            (classTime.GetProperty("day").GetString(), classTime.GetProperty("start").GetString(), classTime.GetProperty("end").GetString()));
        Assert.Equal("Check at the ENT.", course.GetProperty("location").GetString());
        Assert.StartsWith("<p>In the absence", course.GetProperty("description").GetProperty("html").GetString());
        Assert.Equal(6, course.GetProperty("topics").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, course.GetProperty("evaluation").ValueKind);
        Assert.Equal(4, course.GetProperty("literature").GetArrayLength());
        Assert.Equal(new Uri(server.Host.BaseAddress, "/api/courses/iasd2025/schedule").ToString(),
            course.GetProperty("links").GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task Schedule_has_eight_sessions_in_date_order_with_local_offsets()
    {
        var schedule = await GetJson("/api/courses/iasd2025/schedule");
        Assert.Equal("iasd2025", schedule.GetProperty("courseId").GetString());
        Assert.Equal("Europe/Paris", schedule.GetProperty("timeZone").GetString());
        var sessions = schedule.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(8, sessions.Count);
        var dates = sessions.Select(s => s.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        var first = sessions[0];
        Assert.Equal("2025-01-10", first.GetProperty("date").GetString());
        Assert.Equal("2025-01-10T09:00:00+01:00", first.GetProperty("start").GetString());
        Assert.Equal("2025-01-10T12:15:00+01:00", first.GetProperty("end").GetString());
        Assert.Equal(["Introduction", "Recap of maths"], first.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, first.GetProperty("materials").GetArrayLength());
        Assert.Equal("cancelled", sessions.Single(s => s.GetProperty("date").GetString() == "2025-01-31").GetProperty("status").GetString());
        Assert.Equal(7, sessions.Count(s => s.GetProperty("status").GetString() == "scheduled"));
    }

    [Theory]
    [InlineData("/api/courses")]
    [InlineData("/api/courses/iasd2025")]
    [InlineData("/api/courses/iasd2025/schedule")]
    public async Task Every_get_revalidates_with_its_etag(string path)
    {
        using var first = await Client.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl!.MaxAge);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025/schedule");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await Client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new System.IO.Compression.GZipStream(
            await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(8, JsonDocument.Parse(gzip).RootElement.GetProperty("sessions").GetArrayLength());
    }

    [Theory]
    [InlineData("http://localhost:4000", true)]
    [InlineData("http://127.0.0.1:4000", true)]
    [InlineData("https://evil.example", false)]
    [InlineData("http://localhost:4001", false)]
    public async Task Cors_allows_only_the_configured_origins(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses/iasd2025");
        request.Headers.Add("Origin", origin);
        using var response = await Client.SendAsync(request);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        // A browser editor reads the ETag to send it back in If-Match, and Location after a create.
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Expose-Headers", out var exposed)
            && exposed.Single().Contains("ETag") && exposed.Single().Contains("Location"));

        using var missing = new HttpRequestMessage(HttpMethod.Get, "/api/courses/no-such-course");
        missing.Headers.Add("Origin", origin);
        using var problem = await Client.SendAsync(missing);
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal(allowed, problem.Headers.Contains("Access-Control-Allow-Origin")); // the page can read why

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/courses/iasd2025/sessions/2025-01-10");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-match, content-type, x-functions-key");
        using var preflightResponse = await Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal(allowed, preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
        if (allowed)
        {
            Assert.Contains("PATCH", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Single());
            Assert.Contains("If-Match", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single());
        }
    }
}
