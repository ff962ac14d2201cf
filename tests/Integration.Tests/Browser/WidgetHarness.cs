using Microsoft.Playwright;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>
/// Everything the browser tests share: Chromium, a DevServer with the sample course and its own slides
/// container, and a course site on a second origin that the DevServer's CORS list allows.
/// </summary>
public sealed class WidgetHarness : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public CourseSite Site { get; private set; } = null!;
    public SlideServer Server { get; private set; } = null!;

    /// <summary>The API base a course page puts in the elements' api attribute.</summary>
    public Uri Api => new(Server.Host.BaseAddress, "api");

    /// <summary>The editing key, for tests of a browser editor on the course site.</summary>
    public const string EditKey = "browser-edit-key";

    public async Task InitializeAsync()
    {
        Site = await CourseSite.StartAsync();
        // The course site's origin beside the two of appsettings.json, which stay.
        Server = new SlideServer
        {
            ExtraArgs =
            [
                "--Cors:AllowedOrigins", "http://localhost:4000,http://127.0.0.1:4000," + Site.Origin.GetLeftPart(UriPartial.Authority),
                "--DevServer:EditKey", EditKey,
            ],
        };
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public Task<WatchedPage> OpenAsync(Uri url, ColorScheme colorScheme = ColorScheme.Light, Func<IPage, Task>? beforeLoading = null) =>
        WatchedPage.OpenAsync(Browser, url, colorScheme, beforeLoading);

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
        await Site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WidgetHarness>
{
    public const string Name = "Browser";
}
