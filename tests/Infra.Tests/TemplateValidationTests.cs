namespace CourseFunctions.Infra.Tests;

/// <summary>Every template compiles and lints clean, offline, with the rules in infra/bicepconfig.json.</summary>
public class TemplateValidationTests
{
    public static TheoryData<string> Templates() =>
        [
            .. Directory.GetFiles(Bicep.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Bicep.InfraDirectory, f))
                .Order(),
        ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Lints_with_no_diagnostics(string template)
    {
        var (exitCode, output) = Bicep.Run("lint", Path.Combine(Bicep.InfraDirectory, template));
        Assert.Equal(0, exitCode);
        Assert.Equal("", output);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Builds_with_no_warnings(string template)
    {
        var output = Path.Combine(Path.GetTempPath(), "coursefunctions-bicep-" + Guid.NewGuid().ToString("N"));
        var (exitCode, text) = Bicep.Run("build", Path.Combine(Bicep.InfraDirectory, template), "--outdir", output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(0, exitCode);
        Assert.Equal("", text);
    }

    [Fact]
    public void Modules_are_local_files_not_registry_references()
    {
        foreach (var file in Directory.GetFiles(Bicep.InfraDirectory, "*.bicep", SearchOption.AllDirectories))
            Assert.DoesNotContain("br/", File.ReadAllText(file));
    }
}
