using System.Globalization;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// The UTC offsets of the timestamps a page writes ("2025-03-31 00:00:00-07:00" in a front matter, TOML's
/// "2025-01-14T10:00:00-05:00"): each is an instant and the offset the course's zone had then, which rules out every
/// zone with another offset at that instant. A time written without seconds and without a "T" is no timestamp
/// ("2025-03-31 10:00-12:00" is a range), and "Z" or +00:00 is UTC as a machine writes it, not a place.
/// </summary>
internal static partial class StampedOffsets
{
    [GeneratedRegex(
        @"\b(?<date>(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?:T(?<time>[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)|[ ](?<time>[0-2][0-9]:[0-5][0-9]:[0-5][0-9]))"
        + @"(?:\.[0-9]{1,9})?[ ]?(?<sign>[+-])(?<hours>0[0-9]|1[0-4]):?(?<minutes>[0-5][0-9])\b",
        RegexOptions.NonBacktracking)]
    private static partial Regex Timestamp();

    /// <summary>A page holds a few hundred timestamps at most; the first ones tell the offsets.</summary>
    private const int MaxStamps = 200;

    public sealed record Stamp(DateTimeOffset Instant, string Written);

    /// <summary>The page's timestamps with an offset other than UTC's, one per offset and instant.</summary>
    public static IReadOnlyList<Stamp> Find(string text, CancellationToken cancellation)
    {
        var stamps = new Dictionary<DateTimeOffset, Stamp>();
        var count = 0;
        foreach (Match match in Timestamp().Matches(text))
        {
            if (++count > MaxStamps) break;
            if (count % 64 == 0) cancellation.ThrowIfCancellationRequested();
            var offset = new TimeSpan(int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture), 0);
            if (offset == TimeSpan.Zero) continue;
            if (match.Groups["sign"].Value == "-") offset = -offset;
            var local = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}";
            if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)) continue;
            var instant = new DateTimeOffset(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), offset);
            stamps.TryAdd(instant, new Stamp(instant, match.Value));
        }
        return [.. stamps.Values];
    }

    /// <summary>Whether the zone had each stamp's offset at its instant.</summary>
    public static bool Fit(string zone, IReadOnlyList<Stamp> stamps)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)) return false;
        return stamps.All(stamp => info.GetUtcOffset(stamp.Instant) == stamp.Instant.Offset);
    }

    /// <summary>The offset the stamps write, as people read it ("-07:00"), or several of them.</summary>
    public static string Shown(IReadOnlyList<Stamp> stamps) =>
        string.Join(", ", stamps.Select(stamp => stamp.Instant.ToString("zzz", CultureInfo.InvariantCulture)).Distinct().Take(3));
}
