using System.Diagnostics;

namespace CourseFunctions.Integration.Tests;

/// <summary>The importer's command line, run as a process the way the README shows it.</summary>
internal static class Cli
{
    public static async Task<(int ExitCode, string Output, string Errors)> Run(params string[] importArgs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CourseFunctions.Cli.dll"));
        start.ArgumentList.Add("import");
        // The import's time budget guards against hangs; a loaded test machine's slow start is not what these tests measure.
        start.ArgumentList.Add("--Import:TimeBudgetSeconds=120");
        foreach (var arg in importArgs) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output, await errors);
    }
}
