using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Infra.Tests;

/// <summary>
/// .editorconfig's max_line_length (160) for the C# in src/ and tests/. The files that ran over it when the limit came
/// are listed in long-lines-baseline.txt with their count, which may only go down: no new file, and no listed file,
/// gains a long line. scripts/check-lines.sh lists every long line.
/// </summary>
public class LineLengthTests
{
    private const int MaxLineLength = 160;

    [Fact]
    public void No_file_gains_a_line_over_160_characters()
    {
        var root = RepositoryPaths.Root();
        var baseline = File.ReadAllLines(Path.Combine(root, "tests/Infra.Tests/long-lines-baseline.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1]));

        var over = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            var longLines = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > MaxLineLength).ToList();
            if (longLines.Count > baseline.GetValueOrDefault(relative))
                over.Add($"{relative}: lines {string.Join(", ", longLines.Select(i => i + 1))} (allowed {baseline.GetValueOrDefault(relative)} long lines)");
        }
        Assert.True(over.Count == 0, $"Lines over {MaxLineLength} characters:\n" + string.Join("\n", over));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
}
