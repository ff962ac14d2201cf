namespace CourseFunctions.RealPagesBench;

/// <summary>
/// One line of a real-page manifest (bench/real-pages/README.md): where the page is and the facts counted by hand.
/// "-" means a fact is not compared; <c>N+</c> cancelled means at least N; a first date <c>*-MM-DD</c> has no knowable year.
/// </summary>
internal sealed record ManifestPage(
    string Repo, string Path, string Commit, string Language, string Format,
    int Sessions, string FirstDate, string Cancelled, string StartLocal, string Zone, string Note)
{
    public string Name => $"{Repo} {Path}";

    /// <summary>The cached copy: <c>CACHE/owner+name/PATH</c>, as the samplers filled it with <c>git show COMMIT:PATH</c>.</summary>
    public string CachePath(string cache) => System.IO.Path.Combine(cache, Repo.Replace('/', '+'), Path);

    public bool YearUnknown => FirstDate.StartsWith('*');

    public static IReadOnlyList<ManifestPage> Read(string file)
    {
        var pages = new List<ManifestPage>();
        var lines = File.ReadAllLines(file);
        foreach (var (line, number) in lines.Select((line, i) => (line, i + 1)).Skip(1).Where(l => l.line.Length > 0))
        {
            var f = line.Split('\t');
            if (f.Length != 13 || !int.TryParse(f[5], out var sessions))
                throw new FormatException($"{file}:{number}: expected 13 tab-separated fields with a session count");
            pages.Add(new ManifestPage(f[0], f[1], f[2], f[3], f[4], sessions, f[6], f[7], f[8], f[9], f[12]));
        }
        return pages;
    }
}
