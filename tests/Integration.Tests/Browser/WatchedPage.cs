using System.Text.Json;
using CourseFunctions.Tests.Shared;
using Microsoft.Playwright;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>A page in a fresh browser context that records every console error and uncaught exception.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _uncaught = [];

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") lock (_consoleErrors) _consoleErrors.Add(message.Text); };
        page.PageError += (_, error) => { lock (_uncaught) _uncaught.Add(error); };
        // The console says only "Failed to load resource"; the URL tells which.
        page.Response += (_, response) => { if (response.Status >= 400) lock (_consoleErrors) _consoleErrors.Add($"{response.Status} {response.Url}"); };
    }

    public IPage Page { get; }

    /// <summary>Opens a page the way a student on an English-language laptop would see it.</summary>
    /// <param name="beforeLoading">Set-up that must happen before the page loads, such as routing its requests.</param>
    public static async Task<WatchedPage> OpenAsync(IBrowser browser, Uri url, ColorScheme colorScheme = ColorScheme.Light,
        Func<IPage, Task>? beforeLoading = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-US",
            ColorScheme = colorScheme,
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
        });
        var page = new WatchedPage(context, await context.NewPageAsync());
        if (beforeLoading is not null) await beforeLoading(page.Page);
        await page.Page.GotoAsync(url.AbsoluteUri);
        return page;
    }

    public ILocator Locator(string selector) => Page.Locator(selector);

    public IReadOnlyList<string> ConsoleErrors { get { lock (_consoleErrors) return [.. _consoleErrors]; } }

    /// <summary>Neither a console error (a failed request included) nor an uncaught exception.</summary>
    public void AssertNoErrors()
    {
        AssertNoUncaughtExceptions();
        lock (_consoleErrors) Assert.True(_consoleErrors.Count == 0, "console errors:\n" + string.Join("\n", _consoleErrors));
    }

    /// <summary>For pages where failed requests are the point of the test: the script itself must not throw.</summary>
    public void AssertNoUncaughtExceptions()
    {
        lock (_uncaught) Assert.True(_uncaught.Count == 0, "uncaught exceptions:\n" + string.Join("\n", _uncaught));
    }

    /// <summary>Runs axe-core (from node_modules, pinned in package-lock.json) over the whole page, shadow roots included.</summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.Root(), "node_modules/axe-core/axe.min.js") });
        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document)).violations.map(v =>
              `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(" > ")).join(", ")}`)
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>Keeps a full-page screenshot under artifacts/browser/ for a person to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(RepositoryPaths.Root(), "artifacts/browser");
        Directory.CreateDirectory(directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
