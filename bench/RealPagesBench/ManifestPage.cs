using System.Globalization;

namespace CourseFunctions.RealPagesBench;

/// <summary>
/// One line of a real-page manifest (bench/real-pages/README.md): where the page is and the facts counted by hand.
/// "-" means a fact is not compared; <c>N+</c> cancelled means at least N; a first date <c>*-MM-DD</c> has no knowable year,
/// and <c>*</c> no knowable month and day either (they follow from the missing year).
/// <paramref name="Dates"/> and <paramref name="CancelledDates"/> are set only where two counted meetings share a date:
/// the product keeps one session per date, so those are the counts an importer can reach (README, "One session per date").
/// </summary>
internal sealed record ManifestPage(
    string Repo, string Path, string Commit, string Language, string Format,
    int Sessions, string FirstDate, string Cancelled, int? Dates, string? CancelledDates, string StartLocal, string Zone, string Note)
{
    private const int Columns = 15;

    public string Name => $"{Repo} {Path}";

    /// <summary>The cached copy: <c>CACHE/owner+name/PATH</c>, as the samplers filled it with <c>git show COMMIT:PATH</c>.</summary>
    public string CachePath(string cache) => System.IO.Path.Combine(cache, Repo.Replace('/', '+'), Path);

    public bool YearUnknown => FirstDate.StartsWith('*');

    /// <summary>The sessions the importer must give: one per date the counted meetings fall on.</summary>
    public int ExpectedSessions => Dates ?? Sessions;

    /// <summary>The cancelled sessions the importer must give, likewise counted per date.</summary>
    public string ExpectedCancelled => CancelledDates ?? Cancelled;

    /// <summary>The session fact as a reader should see it: the meetings, and the dates they fall on when fewer.</summary>
    public string SessionsShown => Dates is { } dates
        ? $"{dates.ToString(CultureInfo.InvariantCulture)} {(dates == 1 ? "date" : "dates")} ({Sessions.ToString(CultureInfo.InvariantCulture)} meetings)"
        : Sessions.ToString(CultureInfo.InvariantCulture);

    public string CancelledShown => CancelledDates is { } cancelled && cancelled != Cancelled ? $"{cancelled} dates ({Cancelled} meetings)" : ExpectedCancelled;

    public static IReadOnlyList<ManifestPage> Read(string file)
    {
        var pages = new List<ManifestPage>();
        var lines = File.ReadAllLines(file);
        foreach (var (line, number) in lines.Select((line, i) => (line, i + 1)).Skip(1).Where(l => l.line.Length > 0))
        {
            var f = line.Split('\t');
            if (f.Length != Columns || !int.TryParse(f[5], CultureInfo.InvariantCulture, out var sessions))
                throw new FormatException($"{file}:{number}: expected {Columns} tab-separated fields with a session count");
            var (dates, cancelledDates) = ReadDates(f[8], f[9], sessions, $"{file}:{number}");
            pages.Add(new ManifestPage(f[0], f[1], f[2], f[3], f[4], sessions, f[6], f[7], dates, cancelledDates, f[10], f[11], f[14]));
        }
        return pages;
    }

    /// <summary>Both "-" (no two counted meetings share a date), or a date count below the meeting count and its cancellations.</summary>
    private static (int? Dates, string? Cancelled) ReadDates(string dates, string cancelled, int sessions, string where)
    {
        if (dates == "-" && cancelled == "-") return (null, null);
        if (!int.TryParse(dates, CultureInfo.InvariantCulture, out var count) || count < 1 || count >= sessions || cancelled == "-")
            throw new FormatException($"{where}: 'dates' is '-' with 'cancelled_dates' '-', or fewer dates than sessions with their cancellations");
        return (count, cancelled);
    }
}
