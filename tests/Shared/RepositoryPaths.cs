namespace CourseFunctions.Tests.Shared;

/// <summary>Files of the repository that tests read: the Functions build's metadata, the templates.</summary>
internal static class RepositoryPaths
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CourseFunctions.sln"))) return directory.FullName;
        throw new InvalidOperationException("CourseFunctions.sln not found above the test output.");
    }

    /// <summary>The function list the Functions SDK generates at build; the solution build makes it before tests run.</summary>
    public static string FunctionsMetadata()
    {
        var path = Path.Combine(Root(), "src/Functions/bin", Configuration, "net10.0/functions.metadata");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build src/Functions first: {path} is missing.");
    }
}
