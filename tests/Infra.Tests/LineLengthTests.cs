using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Infra.Tests;

/// <summary>
/// No line of the C# in src/, tests/ and bench/ is over .editorconfig's max_line_length (160 characters).
/// Characters, not bytes or UTF-16 units: several files hold CJK or accented text, which an editor shows one column
/// a character. scripts/check-lines.sh lists the same lines.
/// </summary>
public class LineLengthTests
{
    private const int MaxLineLength = 160;

    [Fact]
    public void No_line_is_over_160_characters()
    {
        var root = RepositoryPaths.Root();
        var over = SourceFiles(root)
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (File: file, Number: index + 1, Length: Length(line))))
            .Where(line => line.Length > MaxLineLength)
            .Select(line => $"{Path.GetRelativePath(root, line.File).Replace('\\', '/')}:{line.Number}: {line.Length} characters")
            .ToList();
        Assert.True(over.Count == 0, $"Lines over {MaxLineLength} characters:\n" + string.Join("\n", over));
    }

    /// <summary>The measure: a CJK character or an emoji is one character, as long as a letter.</summary>
    [Fact]
    public void A_line_is_measured_in_characters()
    {
        Assert.Equal(3, Length("日程表"));
        Assert.Equal(5, Length("année"));
        Assert.Equal(2, Length("a😀"));
    }

    private static int Length(string line) => line.EnumerateRunes().Count();

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { "src", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
}
