using System.IO.Compression;
using System.Net;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>The course widget as served by the DevServer. (Browser tests of its rendering are not written yet.)</summary>
public class WidgetTests(SeededDevServer server) : IClassFixture<SeededDevServer>
{
    [Fact]
    public async Task The_demo_page_is_served_at_the_root_and_uses_the_widget()
    {
        using var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<course-schedule api=\"api\" course=\"iasd2025\">", html);
        Assert.Contains("src=\"web/course-widget.js\"", html);
    }

    [Fact]
    public async Task The_widget_loads_from_a_course_site_on_another_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/web/course-widget.js");
        request.Headers.Add("Origin", "http://localhost:4000");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("http://localhost:4000", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Matches("export const VERSION = \"\\d+\\.\\d+\\.\\d+\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_widget_stays_within_its_budget_of_15_KB_gzipped()
    {
        var script = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root(), "web/course-widget.js"));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(script);
        Assert.True(compressed.Length < 15 * 1024, $"{compressed.Length:N0} bytes gzipped");
    }

    [Fact]
    public void The_widget_pulls_nothing_from_other_hosts()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "web/course-widget.js"));
        Assert.DoesNotMatch(@"(?m)^\s*import\s", script);
        // The one host named is Google Calendar's, in a link the student may click ("add by URL"), not a resource.
        var hosts = System.Text.RegularExpressions.Regex.Matches(script, @"https?://([A-Za-z0-9.-]+)").Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(["calendar.google.com"], hosts);
    }
}
