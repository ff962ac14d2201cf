using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>
/// A static course site on an origin of its own, standing in for the instructor's Jekyll site on
/// port 4000: it serves the HTML pages a test publishes, nothing else.
/// </summary>
public sealed class CourseSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _pages = new();
    private readonly WebApplication _app;

    private CourseSite(WebApplication app) => _app = app;

    /// <summary>The site's origin, e.g. http://127.0.0.1:41234.</summary>
    public Uri Origin { get; private set; } = null!;

    public static async Task<CourseSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new CourseSite(app);
        app.MapGet("/{**path}", (string? path) => site._pages.TryGetValue("/" + path, out var html)
            ? Results.Content(html, "text/html; charset=utf-8")
            : Results.NotFound());
        site.Origin = await app.StartOnFreePortAsync();
        return site;
    }

    /// <summary>Publishes a page and returns its URL on this site.</summary>
    public Uri Publish(string path, string html)
    {
        _pages[path] = html;
        return new Uri(Origin, path);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
