using CourseFunctions.DevServer;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Integration.Tests;

/// <summary>A wrong setting stops the host at start, naming the setting, before any request can trip over it.</summary>
public class SettingsValidationTests
{
    [Theory]
    [InlineData("Api:ReadDeadlineSeconds", "0", "ReadDeadlineSeconds")]
    [InlineData("Api:PublicBaseUrl", "courses.example.edu/api", "PublicBaseUrl")]
    [InlineData("ReadModel:RevalidationDeadlineSeconds", "3", "ReadModel:RevalidationDeadlineSeconds (3 s) must be less than Api:ReadDeadlineSeconds (2 s)")]
    [InlineData("ReadModel:MaxCourses", "0", "MaxCourses")]
    [InlineData("Slides:ContainerName", "Slides_2025", "ContainerName")]
    [InlineData("CourseData:PagesTableName", "slide-pages", "PagesTableName")]
    [InlineData("Calendar:UidDomain", "my courses", "UidDomain")]
    [InlineData("Import:DefaultTimeZone", "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a time zone")]
    [InlineData("DevServer:ReconcileSeconds", "0", "ReconcileSeconds")]
    public async Task An_invalid_setting_stops_the_start_with_a_message_naming_it(string key, string value, string expected)
    {
        await using var app = DevServerApp.Build([
            "--urls", "http://127.0.0.1:0",
            // Never reached: the settings are checked before anything connects.
            "--CourseStorage", "UseDevelopmentStorage=true",
            "--DevServer:SeedSample", "false",
            $"--{key}", value]);

        var error = await Record.ExceptionAsync(() => app.StartAsync());

        // A wrong Api setting also fails the rule that reads it (ReadDeadlineValidation): the start reports both together.
        var failures = error is AggregateException all ? all.InnerExceptions : [error];
        Assert.NotEmpty(failures);
        Assert.All(failures, failure => Assert.IsType<OptionsValidationException>(failure));
        Assert.Contains(failures, failure => failure!.Message.Contains(expected, StringComparison.Ordinal));
    }
}
