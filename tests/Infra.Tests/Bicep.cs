using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Infra.Tests;

/// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, run on infra/.</summary>
internal static class Bicep
{
    private static readonly string Executable = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    public static string InfraDirectory => Path.Combine(RepositoryPaths.Root(), "infra");

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000);
        return (process.ExitCode, (output.Result + errors.Result).Trim());
    }

    /// <summary>The ARM JSON a template compiles to.</summary>
    public static JsonNode Build(string template)
    {
        var output = Path.Combine(Path.GetTempPath(), "coursefunctions-bicep-" + Guid.NewGuid().ToString("N"));
        var (exitCode, text) = Run("build", Path.Combine(InfraDirectory, template), "--outdir", output);
        Assert.True(exitCode == 0, text);
        var json = File.ReadAllText(Path.Combine(output, Path.ChangeExtension(template, ".json")));
        Directory.Delete(output, recursive: true);
        return JsonNode.Parse(json)!;
    }

    /// <summary>Every resource declaration in a compiled template, nested deployments (modules) included.</summary>
    public static IEnumerable<JsonObject> Resources(JsonNode template) => Objects(template)
        .Where(o => o["type"] is JsonValue && o["apiVersion"] is JsonValue);

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(property => Objects(property.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<JsonObject> OfType(JsonNode template, string type) =>
        Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));
}
