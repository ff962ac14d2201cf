using System.Diagnostics;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Core.Tests.Slides;

/// <summary>
/// The PDF reader's child is started with a minimal environment: a secret set in this process (as the storage connection
/// and the managed identity's endpoint are in the host) does not reach it. The child here is env(1), started exactly as the
/// reader is, so what it prints is the environment the reader would get.
/// </summary>
public sealed class PdfReaderEnvironmentTests : IDisposable
{
    // Names of their own, so that no other test running in this process sees a setting it might use.
    private readonly string _connection = "CourseStorage__" + Guid.NewGuid().ToString("N");
    private readonly string _identity = "IDENTITY_HEADER_" + Guid.NewGuid().ToString("N");

    public PdfReaderEnvironmentTests()
    {
        Environment.SetEnvironmentVariable(_connection, "AccountKey=not-for-the-child");
        Environment.SetEnvironmentVariable(_identity, "not-for-the-child-either");
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_connection, null);
        Environment.SetEnvironmentVariable(_identity, null);
    }

    [Fact]
    public async Task The_child_sees_none_of_the_parents_secrets_but_still_finds_its_programs()
    {
        var start = PdfReaderProcess.StartInfo("deck.pdf", new SlidesOptions { MaxReaderMemoryMB = 256 });
        start.FileName = "/usr/bin/env";
        start.ArgumentList.Clear();

        using var child = Process.Start(start)!;
        var printed = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();

        var names = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.IndexOf('=')]).ToList();
        Assert.DoesNotContain(_connection, names);
        Assert.DoesNotContain(_identity, names);
        Assert.DoesNotContain("not-for-the-child", printed);
        Assert.Contains("PATH", names);
        Assert.Contains("DOTNET_GCHeapHardLimit", names);
        Assert.All(names, name => Assert.True(name is "PATH" or "HOME" or "TMPDIR" or "TEMP" or "TMP" or "LANG" or "LC_ALL" or "DOTNET_GCHeapHardLimit"
            || name.StartsWith("DOTNET_ROOT") || name == "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", $"{name} reached the child"));
    }
}
