using System.Net;
using System.Text;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Two sessions created at once when the course has room for one: exactly one is written. The count is checked against
/// the course revision the write's transaction requires, so the second create fails on it, counts again, and meets the cap.
/// </summary>
public sealed class SessionCapRaceTests : IAsyncLifetime
{
    private const string Key = "race-edit-key";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // The seeded sample has 8 sessions: one place left.
        _host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", Key, "--CourseData:MaxSessionsPerCourse", "9");
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string date, string? ifNoneMatch, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, $"/api/courses/iasd2025/sessions/{date}");
        if (method != HttpMethod.Delete) request.Content = new StringContent("""{"topics":["Extra"]}""", Encoding.UTF8, "application/json");
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        request.Headers.Add("x-functions-key", Key);
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Of_two_creates_racing_for_the_last_place_exactly_one_is_written()
    {
        for (var round = 0; round < 6; round++)
        {
            string[] dates = ["2025-04-04", "2025-04-11"];
            var statuses = await Task.WhenAll(dates.Select(date => SendAsync(HttpMethod.Put, date, "*", null)));

            Assert.Equal(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }, statuses.Order());
            var written = dates[Array.IndexOf(statuses, HttpStatusCode.Created)];
            Assert.Equal(HttpStatusCode.NoContent, await SendAsync(HttpMethod.Delete, written, null, "*"));
        }
    }
}
