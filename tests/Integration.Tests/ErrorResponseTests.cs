using System.Net;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests;

/// <summary>Bad input gets a clear 4xx in problem+json, never a 500 or a storage error's text.</summary>
public class ErrorResponseTests(SeededDevServer server) : IClassFixture<SeededDevServer>
{
    [Theory]
    [InlineData("/api/courses/unknown-course")]
    [InlineData("/api/courses/unknown-course/schedule")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_courses_and_routes_are_404(string path) =>
        await ProblemAssert.IsProblem(await server.Client.GetAsync(path), HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/api/courses/..%2F..%2Fetc")]
    [InlineData("/api/courses/a%0Ab/schedule")]
    [InlineData("/api/courses/a%23b")]
    [InlineData("/api/courses/a%3Fb")]
    [InlineData("/api/courses/a%5Cb")]
    [InlineData("/api/courses/caf%C3%A9")]
    [InlineData("/api/courses/iasd2025%0A")] // "$" would match before the final newline; ids are checked to the end
    [InlineData("/api/courses/iasd2025%0A/schedule")]
    [InlineData("/api/courses/iasd2025/materials/0123456789abcdef%0A/content")]
    [InlineData("/api/courses/iasd2025/sessions/2025-01-10%0A/event.ics")]
    public async Task Hostile_ids_are_400(string path) =>
        await ProblemAssert.IsProblem(await server.Client.GetAsync(path), HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/api/courses/%2E%2E")]
    public async Task Dot_segments_are_resolved_before_routing_and_never_name_a_course(string path) =>
        await ProblemAssert.IsProblem(await server.Client.GetAsync(path), HttpStatusCode.NotFound);

    [Fact]
    public async Task A_nul_character_is_refused_by_the_server_before_routing()
    {
        // Kestrel rejects the request line itself, so no handler (and no problem body) is involved.
        using var response = await server.Client.GetAsync("/api/courses/a%00b");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_very_long_id_is_400() =>
        await ProblemAssert.IsProblem(await server.Client.GetAsync("/api/courses/" + new string('a', 2000)), HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_wrong_method_is_405_problem() =>
        await ProblemAssert.IsProblem(await server.Client.DeleteAsync("/api/courses"), HttpStatusCode.MethodNotAllowed);

    [Fact]
    public async Task With_storage_unreachable_the_api_answers_503_without_leaking_details()
    {
        await using var down = await DevServerHost.StartAsync(TestStorage.Unreachable);
        using var client = down.CreateClient();
        foreach (var path in new[] { "/api/health", "/api/courses", "/api/courses/iasd2025", "/api/courses/iasd2025/schedule" })
        {
            using var response = await client.GetAsync(path);
            await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
            Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync());
        }
    }
}
