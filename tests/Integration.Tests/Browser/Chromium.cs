using Microsoft.Playwright;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright. scripts/test.sh installs it with apt; Playwright's own
/// browser download is never used (it cannot reach its servers from here, and need not).
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "COURSEFUNCTIONS_CHROMIUM";

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Without the background-networking flags Chromium keeps calling Google's services, which this
    /// machine's closed network refuses. Playwright adds --headless and a fresh profile directory.
    /// </summary>
    private static readonly string[] QuietFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium is not at {ExecutablePath}: run scripts/test.sh, which installs Debian's chromium package.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = QuietFlags,
        });
    }
}
