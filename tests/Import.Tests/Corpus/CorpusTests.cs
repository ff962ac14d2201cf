using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>
/// Realistic course pages from many kinds of sites, each held to what the sidecar beside it says it must give
/// (<c>PAGE.expected.yaml</c>, described in Corpus/README.md): its sessions, cancellations, hours, and the facts and
/// warnings that matter for it.
/// </summary>
public class CorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    // With its file name, as the import command passes it: the extension tells reStructuredText and Org-mode pages.
    internal static ImportResult Import(string file) => TestPages.Import(TestPages.Read($"Corpus/{file}"), fileName: file);

    /// <summary>Every page of the corpus folder: every file that is neither a sidecar nor documentation.</summary>
    public static TheoryData<string> Pages() => [.. PageNames()];

    private static IEnumerable<string> PageNames() => Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>()
        .Where(name => !name.EndsWith(CorpusSidecar.Suffix, StringComparison.Ordinal) && name != "README.md")
        .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_gives_what_its_sidecar_says(string page)
    {
        var sidecar = Path.Combine(Folder, page + CorpusSidecar.Suffix);
        Assert.True(File.Exists(sidecar), $"{page} has no sidecar: write {page}{CorpusSidecar.Suffix} beside it (see Corpus/README.md)");
        var expected = CorpusSidecar.Read(sidecar);
        Assert.True(expected.Dates.Count == 0 || expected.Hours is not null || expected.FirstStart is not null,
            $"{page}{CorpusSidecar.Suffix} gives sessions but neither 'hours' nor 'first_start'");

        var differences = CorpusSidecarCheck.Differences(expected, Import(page));
        Assert.True(differences.Count == 0, $"{page} differs from {page}{CorpusSidecar.Suffix}:\n  " + string.Join("\n  ", differences));
    }

    [Fact]
    public void Every_sidecar_has_its_page_and_the_corpus_is_large()
    {
        var pages = PageNames().ToList();
        Assert.True(pages.Count >= 40, $"the corpus has {pages.Count} pages");
        var orphans = Directory.GetFiles(Folder, "*" + CorpusSidecar.Suffix).Select(Path.GetFileName).OfType<string>()
            .Where(sidecar => !pages.Contains(sidecar[..^CorpusSidecar.Suffix.Length]));
        Assert.Empty(orphans);
    }
}
