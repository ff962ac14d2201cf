using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests;

/// <summary>A course holds at most CourseData:MaxSessionsPerCourse sessions: here 8, the seeded sample's count.</summary>
public class SessionCapTests : IAsyncLifetime
{
    private const string Key = "test-edit-key";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null,
            "--DevServer:EditKey", Key,
            "--CourseData:PagesTableName", TestStorage.NewTableName(),
            // The import's time budget guards against hangs; this machine's load is not what these tests measure.
            "--Import:TimeBudgetSeconds", "120",
            "--CourseData:MaxSessionsPerCourse", "8");
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static HttpRequestMessage Edit(HttpMethod method, string path, string body, string contentType, string? ifMatch = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        request.Headers.Add("x-functions-key", Key);
        return request;
    }

    private static async Task AssertNamesTheCap(HttpResponseMessage response)
    {
        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains("at most 8 sessions", detail);
        Assert.Contains("CourseData:MaxSessionsPerCourse", detail);
    }

    [Fact]
    public async Task A_ninth_session_is_refused_with_a_problem_naming_the_cap_and_nothing_is_written()
    {
        using var response = await _client.SendAsync(Edit(HttpMethod.Put, "/api/courses/iasd2025/sessions/2025-03-07",
            """{"topics":["One too many"]}""", "application/json", ifNoneMatch: "*"));
        await AssertNamesTheCap(response);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/courses/iasd2025/sessions/2025-03-07")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_session_of_a_full_course_is_allowed()
    {
        var path = "/api/courses/iasd2025/sessions/2025-01-17";
        var etag = (await _client.GetAsync(path)).Headers.ETag!.Tag;
        using var response = await _client.SendAsync(Edit(HttpMethod.Patch, path, """{"note":"Room change"}""", "application/merge-patch+json", ifMatch: etag));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_page_with_more_sessions_than_the_cap_is_refused_dry_run_or_not(bool dryRun)
    {
        var page = DevServer.DevStorageSetup.ReadSample().Replace("| Feb 28     |  |  |", "| Feb 28     |  |  |\n| Mar 07     | One too many |  |");
        Assert.Contains("Mar 07", page);
        using var response = await _client.SendAsync(Edit(HttpMethod.Post, $"/api/courses/iasd2025/import?dryRun={dryRun.ToString().ToLowerInvariant()}",
            page, "text/markdown", ifMatch: "*"));
        await AssertNamesTheCap(response);
        var sessions = (await _client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/schedule")).GetProperty("sessions").GetArrayLength();
        Assert.Equal(8, sessions);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000000")]
    public async Task A_cap_out_of_range_stops_the_server_at_start(string cap)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => DevServerHost.StartAsync(null, "--CourseData:MaxSessionsPerCourse", cap));
        Assert.Contains("MaxSessionsPerCourse", error.Message);
    }
}
