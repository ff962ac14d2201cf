using System.Text.Json;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using CourseFunctions.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CourseFunctions.Cli;

/// <summary>
/// <c>import [--dry-run] [--json] [--course-id ID] FILE</c>: imports a course page into the configured storage,
/// or with --dry-run prints what would be stored and stores nothing: a table people read, or with --json the
/// import API's report.
/// </summary>
internal static class ImportCommand
{
    private const string Usage = "usage: import [--dry-run] [--json] [--keep-edits] [--course-id ID] [--base-url URL] [--group GROUP] FILE";

    /// <summary>What the command line asks for; other <c>--Key value</c> options are configuration.</summary>
    private sealed record Arguments(
        string File, string? CourseId, string? BaseUrl, string? Group, bool DryRun, bool Json, bool KeepEdits, string[] Configuration);

    public static async Task<int> UsageAsync()
    {
        await Console.Error.WriteLineAsync(Usage);
        return 2;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        if (Parse(args) is not var (file, courseId, baseUrl, group, dryRun, json, keepEdits, configurationArgs))
            return await UsageAsync();
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"import: no such file: {Path.GetFullPath(file)}");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { Args = configurationArgs, ContentRootPath = AppContext.BaseDirectory });
        // Without other configuration it imports into the local Azurite that scripts/dev.sh starts; in Azure pass
        // --CourseStorage "" --CourseStorage:tableServiceUri https://<account>.table.core.windows.net/ (Entra ID).
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = [new(CourseStorageConnection.Name, "UseDevelopmentStorage=true")],
        });
        builder.Services.AddCourseImport(builder.Configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output is the report (JSON with --json); log lines go to standard error.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        using var host = builder.Build();
        var services = host.Services;

        try
        {
            if (!dryRun) await services.GetRequiredService<TableCourseStore>().CreateTableIfMissingAsync(CancellationToken.None);
            var outcome = await services.GetRequiredService<CourseImportService>()
                .ImportAsync(
                    await File.ReadAllTextAsync(file), courseId, Path.GetFileName(file), dryRun, CancellationToken.None, baseUrl, group,
                    keepEdits: keepEdits);
            if (json) PrintReport(outcome, builder.Configuration);
            else if (dryRun) Console.Write(DryRunText.Format(outcome.Result, outcome.Preview));
            else PrintSummary(outcome);
            return 0;
        }
        catch (CoursePageException error)
        {
            await Console.Error.WriteLineAsync($"import: {error.Message}");
            return 2;
        }
        catch (SessionCapException error)
        {
            await Console.Error.WriteLineAsync($"import: {error.Message}");
            return 2;
        }
        catch (StorageLimitException error)
        {
            await Console.Error.WriteLineAsync($"import: {error.Message}");
            return 2;
        }
        catch (Exception error) when (StorageFailure.Is(error))
        {
            await Console.Error.WriteLineAsync($"import: storage is not reachable: {error.Message}");
            return 1;
        }
    }

    private static void PrintReport(CourseImportOutcome outcome, IConfiguration configuration)
    {
        var baseUrl = configuration["Api:PublicBaseUrl"] /* the API hosts' setting (Http's ApiOptions), so links match theirs */ ?? "http://localhost:7071/api";
        var report = ImportReports.ToReport(outcome, baseUrl.TrimEnd('/'));
        Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(ApiJson.Options) { WriteIndented = true }));
    }

    private static void PrintSummary(CourseImportOutcome outcome)
    {
        var (course, sessions, warnings) = outcome.Result;
        var saved = outcome.Saved!;
        Console.WriteLine($"Imported {course.Id}: {sessions.Count} sessions "
            + $"({saved.Created} new, {saved.Updated} changed, {saved.Unchanged} unchanged, {saved.Deleted} removed).");
        foreach (var edit in saved.Edits)
            Console.WriteLine(DryRunText.Describe(edit));
        foreach (var warning in warnings)
            Console.WriteLine(warning.Line is { } line ? $"warning: line {line}: {warning.Message}" : $"warning: {warning.Message}");
    }

    private static Arguments? Parse(string[] args)
    {
        var (file, courseId, baseUrl, group, dryRun, json, keepEdits) = ("", (string?)null, (string?)null, (string?)null, false, false, false);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--json": json = true; break;
                case "--keep-edits": keepEdits = true; break;
                case "--course-id" when i + 1 < args.Length: courseId = args[++i]; break;
                case "--base-url" when i + 1 < args.Length: baseUrl = args[++i]; break;
                case "--group" when i + 1 < args.Length: group = args[++i]; break;
                // Other options (--Key value, --Section:Key=value) are configuration, as for the server.
                case var option when option.StartsWith("--", StringComparison.Ordinal) && option.Contains('='): rest.Add(option); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length:
                    rest.Add(option);
                    rest.Add(args[++i]);
                    break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && file.Length == 0: file = value; break;
                default: return null;
            }
        }
        return file.Length > 0 ? new Arguments(file, courseId, baseUrl, group, dryRun, json, keepEdits, [.. rest]) : null;
    }
}
