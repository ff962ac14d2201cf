using System.Net;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Public responses are cacheable by anyone in between, so the caller's Host must never reach a link in them: links come
/// from Api:PublicBaseUrl (and its allowed hosts), or else the DevServer's own listening address.
/// </summary>
public sealed class PublicLinksTests : IAsyncLifetime
{
    private const string Course = "iasd2025";

    /// <summary>Every public body with a link or an address in it, and the widget.</summary>
    private static readonly string[] PublicPaths =
    [
        "/api/courses", $"/api/courses/{Course}", $"/api/courses/{Course}/schedule", $"/api/courses/{Course}/materials",
        $"/api/courses/{Course}/calendar.ics", $"/api/courses/{Course}/sessions/2025-01-10/event.ics",
        $"/api/courses/{Course}/sessions/2025-01-10", $"/api/courses/{Course}/changes", $"/api/courses/{Course}/changes.atom",
        "/api/course-widget.js",
    ];

    /// <summary>The bodies that hold a link to the API whatever the course holds (the calendars link only to slides,
    /// and the sample has none).</summary>
    private static readonly string[] LinkingPaths =
    [
        "/api/courses", $"/api/courses/{Course}", $"/api/courses/{Course}/schedule", $"/api/courses/{Course}/sessions/2025-01-10",
        $"/api/courses/{Course}/changes.atom",
    ];

    private DevServerHost _own = null!;
    private DevServerHost _configured = null!;

    public async Task InitializeAsync()
    {
        _own = await DevServerHost.StartAsync();
        _configured = await DevServerHost.StartAsync(null,
            "--Api:PublicBaseUrl", "https://courses.example.edu/api", "--Api:AllowedHosts", "api.example.edu");
    }

    public async Task DisposeAsync()
    {
        await _own.DisposeAsync();
        await _configured.DisposeAsync();
    }

    private static async Task<string> GetAsync(DevServerHost host, string path, string hostHeader)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = hostHeader;
        request.Headers.Add("X-Forwarded-Host", hostHeader);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Without_a_public_base_every_link_names_the_devservers_own_address_whatever_the_host()
    {
        var own = new Uri(_own.BaseAddress, "/api").ToString();
        foreach (var path in PublicPaths)
        {
            var body = await GetAsync(_own, path, "evil.example");
            Assert.DoesNotContain("evil.example", body);
            if (LinkingPaths.Contains(path)) Assert.True(body.Contains(own), $"{path} does not link to {own}");
        }
    }

    [Fact]
    public async Task A_configured_public_base_is_every_links_base_and_an_allowed_host_its_own()
    {
        foreach (var path in PublicPaths)
        {
            var body = await GetAsync(_configured, path, "evil.example");
            Assert.DoesNotContain("evil.example", body);
            Assert.DoesNotContain(_configured.BaseAddress.Authority, body);
        }
        var schedule = await GetAsync(_configured, $"/api/courses/{Course}/schedule", "evil.example");
        Assert.Contains($"https://courses.example.edu/api/courses/{Course}/schedule", schedule);
        var viaAllowed = await GetAsync(_configured, $"/api/courses/{Course}/schedule", "api.example.edu");
        Assert.Contains($"https://api.example.edu/api/courses/{Course}/schedule", viaAllowed);
        Assert.DoesNotContain("courses.example.edu/api", viaAllowed);
    }
}
