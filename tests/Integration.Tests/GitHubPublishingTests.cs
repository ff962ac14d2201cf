using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Trusted publishing: the operator registers a GitHub repository and ref (or environment) for a course, and a
/// workflow's OIDC token, checked against a local issuer's keys, imports and edits that course and nothing else.
/// </summary>
public class GitHubPublishingTests : IAsyncLifetime
{
    private const string OperatorKey = "operator-key-for-publishing";
    private const string Audience = TrustedPublishingServer.Audience;
    private const string Course = "iasd2025";
    private const string Session = "/api/courses/iasd2025/sessions/2025-01-17";
    private TrustedPublishingServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TrustedPublishingServer.StartAsync(OperatorKey);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> RegisterAsync(string course, string github, string name = "site CI")
    {
        using var response = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{course}/editors")
        {
            Content = new StringContent($$"""{"name":"{{name}}","github":{{github}}}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", OperatorKey } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<JsonElement> RegisterMainAsync(string course = Course) =>
        RegisterAsync(course, """{"repository":"teacher/teacher.github.io","ref":"refs/heads/main"}""");

    private async Task<HttpResponseMessage> PatchAsync(string token, string path = Session)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent("""{"note":"from CI"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return await _server.Client.SendAsync(request);
    }

    private Dictionary<string, object> RunWith(string name, string value) => new(_server.Issuer.RunClaims) { [name] = value };

    [Fact]
    public async Task A_registered_publisher_has_no_token_and_its_workflow_token_edits_the_course_in_its_name()
    {
        var publisher = await RegisterMainAsync();
        Assert.False(publisher.TryGetProperty("token", out _));
        Assert.Equal("teacher/teacher.github.io", publisher.GetProperty("github").GetProperty("repository").GetString());

        using var response = await PatchAsync(_server.Issuer.Token(Audience));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var auditRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{Course}/audit");
        auditRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _server.Issuer.Token(Audience));
        using var audit = await _server.Client.SendAsync(auditRequest);
        var entry = (await audit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray()
            .First(e => e.GetProperty("action").GetString() == "session.patch");
        Assert.Equal(("site CI", publisher.GetProperty("id").GetString()),
            (entry.GetProperty("editor").GetString(), entry.GetProperty("editorId").GetString()));
    }

    [Fact]
    public async Task A_token_of_another_repository_or_branch_is_403()
    {
        await RegisterMainAsync();
        foreach (var claims in new[]
        {
            RunWith("repository", "mallory/teacher.github.io"),
            RunWith("ref", "refs/heads/feature"),
            RunWith("ref", "refs/pull/7/merge"),
        })
        {
            using var response = await PatchAsync(_server.Issuer.Token(Audience, claims));
            await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_publisher_by_environment_needs_that_environment()
    {
        await RegisterAsync(Course, """{"repository":"teacher/teacher.github.io","environment":"production"}""");
        using var without = await PatchAsync(_server.Issuer.Token(Audience));
        await ProblemAssert.IsProblem(without, HttpStatusCode.Forbidden);
        using var with = await PatchAsync(_server.Issuer.Token(Audience, RunWith("environment", "production")));
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_expired_forged_unsigned_or_of_another_issuer_is_401()
    {
        await RegisterMainAsync();
        var valid = _server.Issuer.Token(Audience);
        var parts = valid.Split('.');
        var unsigned = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
        var bad = new Dictionary<string, string>
        {
            ["audience"] = _server.Issuer.Token("https://other.example/api"),
            ["expired"] = _server.Issuer.Token(Audience, lifetime: TimeSpan.FromMinutes(-10)),
            ["forged"] = _server.Issuer.Token(Audience, signWith: _server.Issuer.ForgedKey()),
            ["unsigned"] = "eyJ" + unsigned[3..],
            ["issuer"] = _server.Issuer.Token(Audience, issuer: "https://token.actions.example"),
            ["tampered"] = parts[0] + "."
                + Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("refs/heads/main", "refs/heads/mainx")) + "." + parts[2],
        };
        foreach (var (what, token) in bad)
        {
            using var response = await PatchAsync(token);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        using var fine = await PatchAsync(valid);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task A_publisher_of_one_course_is_403_on_another_and_on_the_editors_routes()
    {
        await RegisterMainAsync();
        using var other = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/courses/other2025")
        {
            Content = new StringContent("""{"title":"Other","timeZone":"Europe/Paris"}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", OperatorKey }, { "If-None-Match", "*" } },
        });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);

        var token = _server.Issuer.Token(Audience);
        using var elsewhere = await PatchAsync(token, "/api/courses/other2025/sessions/2025-01-17");
        await ProblemAssert.IsProblem(elsewhere, HttpStatusCode.Forbidden);
        using var manage = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{Course}/editors");
        manage.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await ProblemAssert.IsProblem(await _server.Client.SendAsync(manage), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_again_when_the_issuer_rolls_them()
    {
        await RegisterMainAsync();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PatchAsync(_server.Issuer.Token(Audience));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(1, _server.Issuer.JwksRequests);

        _server.Issuer.RollKeys();
        using var afterRollover = await PatchAsync(_server.Issuer.Token(Audience));
        Assert.Equal(HttpStatusCode.OK, afterRollover.StatusCode);
        Assert.True(_server.Issuer.JwksRequests >= 2);
    }

    [Fact]
    public async Task The_first_accepted_token_pins_the_repository_id_so_a_recreated_repository_is_refused()
    {
        var publisher = await RegisterMainAsync();
        using var first = await PatchAsync(_server.Issuer.Token(Audience));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var recreated = await PatchAsync(_server.Issuer.Token(Audience, RunWith("repository_id", "987654321")));
        await ProblemAssert.IsProblem(recreated, HttpStatusCode.Forbidden);

        using var list = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{Course}/editors") { Headers = { { "x-functions-key", OperatorKey } } };
        var listed = (await (await _server.Client.SendAsync(list)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("editors").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == publisher.GetProperty("id").GetString());
        Assert.Equal("123456789", listed.GetProperty("github").GetProperty("repositoryId").GetString());
    }

    [Theory]
    [InlineData("""{"repository":"teacher/teacher.github.io"}""")]
    [InlineData("""{"repository":"not a repo","ref":"refs/heads/main"}""")]
    [InlineData("""{"repository":"teacher/site","ref":"main"}""")]
    [InlineData("""{"repository":"teacher/site","ref":"refs/heads/main","workflow":"x"}""")]
    public async Task A_publisher_needs_a_repository_and_a_full_ref_or_an_environment(string github)
    {
        using var response = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{Course}/editors")
        {
            Content = new StringContent($$"""{"name":"site CI","github":{{github}}}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", OperatorKey } },
        });
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }
}
