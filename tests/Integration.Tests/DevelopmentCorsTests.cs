using System.Net;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// scripts/dev.sh runs the DevServer in Development, where a course site previewed on any local port may call the
/// API; the same DevServer in Production keeps to the configured list (ReadApiTests checks the list itself).
/// </summary>
public class DevelopmentCorsTests
{
    private static async Task<bool> PreflightGrants(DevServerHost host, string origin)
    {
        using var client = host.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/courses/iasd2025/sessions/2025-01-10");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
        using var response = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var granted) && granted.Single() == origin;
    }

    [Fact]
    public async Task In_development_pages_on_any_local_port_may_call_the_api_and_other_sites_may_not()
    {
        await using var host = await DevServerHost.StartAsync(null, "--environment", "Development", "--DevServer:SeedSample", "false");

        Assert.True(await PreflightGrants(host, "http://localhost:5173"));
        Assert.True(await PreflightGrants(host, "http://127.0.0.1:8081"));
        Assert.False(await PreflightGrants(host, "https://evil.example"));
        Assert.False(await PreflightGrants(host, "http://localhost.evil.example:5173"));
    }

    [Fact]
    public async Task In_production_only_the_listed_origins_may()
    {
        await using var host = await DevServerHost.StartAsync(null, "--environment", "Production", "--DevServer:SeedSample", "false");

        Assert.True(await PreflightGrants(host, "http://localhost:4000")); // appsettings.json's list
        Assert.False(await PreflightGrants(host, "http://localhost:5173"));
        Assert.False(await PreflightGrants(host, "http://127.0.0.1:8081"));
    }
}
