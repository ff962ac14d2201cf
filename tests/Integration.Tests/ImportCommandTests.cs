using System.Text.Json;
using Azure.Data.Tables;

namespace CourseFunctions.Integration.Tests;

/// <summary>The importer's command line, run as a process the way the README shows it.</summary>
public class ImportCommandTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples/iasd2025.md");

    private static Task<(int ExitCode, string Output, string Errors)> RunImport(params string[] args) => Cli.Run(args);

    [Fact]
    public async Task Dry_run_with_json_prints_the_parsed_course_sessions_and_warnings_and_stores_nothing()
    {
        var table = TestStorage.NewTableName();
        var (exitCode, output, errors) = await RunImport(
            "--dry-run", "--json", SamplePath, "--CourseStorage", TestStorage.ConnectionString, "--CourseData:TableName", table);

        Assert.True(exitCode == 0, errors);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal("iasd2025", report.GetProperty("course").GetProperty("id").GetString());
        Assert.Equal(8, report.GetProperty("sessions").GetArrayLength());
        Assert.Equal("2025-01-10T09:00:00+01:00", report.GetProperty("sessions")[0].GetProperty("start").GetString());
        Assert.Equal(17, report.GetProperty("warnings")[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("saved").ValueKind);
        Assert.True(report.GetProperty("provenance").GetProperty("timeZoneIsDefault").GetBoolean());
        var tables = new TableServiceClient(TestStorage.ConnectionString).QueryAsync(t => t.Name == table);
        Assert.Empty(await tables.ToListAsync());
    }

    [Fact]
    public async Task Import_stores_the_course_under_the_given_id_and_reimport_is_idempotent()
    {
        var table = TestStorage.NewTableName();
        string[] storage = ["--CourseStorage", TestStorage.ConnectionString, "--CourseData:TableName", table];

        var first = await RunImport(["--course-id", "dl-2025", SamplePath, .. storage]);
        var second = await RunImport(["--course-id", "dl-2025", SamplePath, .. storage]);

        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains("Imported dl-2025: 8 sessions (8 new, 0 changed, 0 unchanged, 0 removed)", first.Output);
        Assert.Contains("warning: line 17:", first.Output);
        Assert.Contains("(0 new, 0 changed, 8 unchanged, 0 removed)", second.Output);
        var rows = new TableClient(TestStorage.ConnectionString, table).QueryAsync<TableEntity>(e => e.PartitionKey == "dl-2025");
        var keys = (await rows.ToListAsync()).Select(row => row.RowKey).ToList();
        // The course and its 8 sessions; beside them the page as imported (8 rows and a marker), the next import's base.
        Assert.Equal(9, keys.Count(key => !key.StartsWith('~')));
        Assert.Equal(9, keys.Count(key => key.StartsWith("~imported|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Dry_run_prints_a_table_people_read_with_the_default_zone_first_among_the_warnings()
    {
        var table = TestStorage.NewTableName();
        var (exitCode, output, errors) = await RunImport(
            "--dry-run", SamplePath, "--CourseStorage", TestStorage.ConnectionString, "--CourseData:TableName", table);

        Assert.True(exitCode == 0, errors);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Matches(@"^Date\s+Time\s+Status\s+Topic$", lines.First(line => line.StartsWith("Date", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.StartsWith("Fri 2025-01-10  09:00-12:15  scheduled  Introduction; Recap of maths", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fri 2025-01-31", StringComparison.Ordinal) && line.Contains("cancelled"));
        Assert.Contains("8 sessions, 7 scheduled, 1 cancelled", output);
        Assert.Contains("Year:        the semester \"Winter 2025\"", output);
        var firstWarning = lines.SkipWhile(line => !line.StartsWith("Warnings (", StringComparison.Ordinal)).ElementAt(1);
        Assert.StartsWith("  1. The time zone Europe/Paris is a default", firstWarning);
        Assert.Contains("'timezone:'", firstWarning);
        Assert.Contains("line 17:", output);
        Assert.DoesNotContain("{", output);
    }

    [Theory]
    [InlineData("no-such-file.md")]
    [InlineData("--bogus")]
    public async Task Bad_arguments_exit_2_with_a_message(string argument)
    {
        var (exitCode, _, errors) = await RunImport(argument);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("import:", errors.Replace("usage:", "import: usage:"));
    }
}
