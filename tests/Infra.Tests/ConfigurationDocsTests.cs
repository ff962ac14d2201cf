using System.Reflection;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Infra.Tests;

/// <summary>
/// docs/configuration.md names every setting the code binds, as <c>`Section:Property`</c>: the options classes are the
/// types of src/ with a <c>SectionName</c> constant (what <c>AddSettings</c> binds), their settings the public
/// properties with a public setter (what the configuration binder fills). A setting added without its row fails here.
/// </summary>
public class ConfigurationDocsTests
{
    private static readonly string[] Assemblies =
    [
        "CourseFunctions.Core", "CourseFunctions.Import", "CourseFunctions.Http", "CourseFunctions.PdfReader",
        "CourseFunctions.Functions", "CourseFunctions.DevServer", "CourseFunctions.Cli",
    ];

    [Fact]
    public void Every_bound_setting_is_in_the_configuration_docs()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs/configuration.md"));
        var missing = BoundSettings().Where(setting => !docs.Contains($"`{setting}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Settings the code binds that docs/configuration.md does not list: " + string.Join(", ", missing));
    }

    /// <summary>The check sees the settings of every section, and only what the binder can set.</summary>
    [Fact]
    public void The_settings_are_found_in_every_section()
    {
        var settings = BoundSettings().ToList();
        Assert.Equal(
            ["Api", "Auth", "Calendar", "Cors", "CourseData", "DevServer", "Import", "Notifications", "ReadModel", "Slides"],
            settings.Select(setting => setting.Split(':')[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("Notifications:HoldBackSeconds", settings);
        Assert.Contains("DevServer:DispatchSeconds", settings);
        Assert.Contains("CourseData:MaxSessionsPerCourse", settings);
        Assert.DoesNotContain("Cors:AllowsLoopbackOnAnyPort", settings); // set by the DevServer in code, not bound
    }

    private static IEnumerable<string> BoundSettings() =>
        from assembly in Assemblies.Select(Assembly.Load)
        from type in assembly.GetTypes()
        let section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
        where section is { IsLiteral: true } && section.FieldType == typeof(string)
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is { IsPublic: true }
        select $"{section.GetRawConstantValue()}:{property.Name}";
}
