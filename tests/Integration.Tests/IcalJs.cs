using CourseFunctions.Tests.Shared;
using System.Diagnostics;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests;

/// <summary>Runs ical.js, the parser Thunderbird uses, on a feed (tests/icaljs/parse-feed.mjs).</summary>
internal static class IcalJs
{
    public static async Task<JsonElement> ParseAsync(string ics)
    {
        var root = RepositoryPaths.Root();
        var start = new ProcessStartInfo("node", Path.Combine(root, "tests/icaljs/parse-feed.mjs"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(ics);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(process.ExitCode == 0, $"ical.js refused the feed: {await errors}");
        return JsonDocument.Parse(await output).RootElement;
    }
}
