using System.IO.Compression;
using System.Net;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>The course widget as the API serves it. Its rendering is tested in a browser (Browser/).</summary>
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
        Assert.Contains("src=\"api/course-widget.js\"", html);
    }

    [Fact]
    public async Task The_widget_loads_from_a_course_site_on_another_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/course-widget.js");
        request.Headers.Add("Origin", "http://localhost:4000");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("http://localhost:4000", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Matches("export const VERSION = \"\\d+\\.\\d+\\.\\d+\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_served_widget_is_the_repository_file_revalidated_by_its_ETag()
    {
        using var first = await server.Client.GetAsync("/api/course-widget.js");
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root(), "web/course-widget.js")), await first.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/course-widget.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task The_widget_is_sent_compressed_to_browsers_that_accept_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/course-widget.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
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
