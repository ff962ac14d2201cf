using System.Diagnostics;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>The command line packs as a .NET tool that installs and runs as <c>coursefunctions</c>.</summary>
public class CliToolTests
{
    private static async Task<(int ExitCode, string Output)> Run(string fileName, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task The_packed_tool_installs_into_a_tool_path_and_prints_a_dry_run()
    {
        var root = RepositoryPaths.Root();
        var work = Directory.CreateTempSubdirectory("coursefunctions-tool-").FullName;
        try
        {
            // The build the tests run on is packed as is; a NuGet.Config of its own keeps the install off the network.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
            var packages = Path.Combine(work, "packages");
            var pack = await Run("dotnet", root, "pack", "src/Cli", "-c", configuration, "--no-build", "-o", packages, "-nologo");
            Assert.True(pack.ExitCode == 0, pack.Output);
            await File.WriteAllTextAsync(Path.Combine(work, "NuGet.Config"),
                $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear />"""
                + $"""<add key="local" value="{packages}" /></packageSources></configuration>""");

            var tools = Path.Combine(work, "tools");
            var install = await Run(
                "dotnet", work, "tool", "install", "--tool-path", tools, "--configfile", Path.Combine(work, "NuGet.Config"), "CourseFunctions.Cli");
            Assert.True(install.ExitCode == 0, install.Output);

            var dryRun = await Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "coursefunctions.exe" : "coursefunctions"), root,
                "import", "samples/iasd2025.md", "--dry-run", "--CourseStorage", TestStorage.Unreachable);
            Assert.True(dryRun.ExitCode == 0, dryRun.Output);
            Assert.Contains("Fri 2025-01-10  09:00-12:15  scheduled  Introduction; Recap of maths", dryRun.Output);
            Assert.Contains("8 sessions, 7 scheduled, 1 cancelled", dryRun.Output);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
