using System.Globalization;
using CourseFunctions.Core.Courses;
using CourseFunctions.Import;

namespace CourseFunctions.RealPagesBench;

/// <summary>A page's hand-counted facts against what the importer gave. The page is right when nothing mismatches.</summary>
internal sealed record PageCheck(ManifestPage Page, PageImport Import, IReadOnlyList<Mismatch> Mismatches)
{
    public bool Right => Mismatches.Count == 0;

    public FailureCause? Cause => Right ? null : Mismatches.Min(m => m.Cause);

    public static PageCheck Of(ManifestPage page, PageImport import) => new(page, import, Compare(page, import));

    private static List<Mismatch> Compare(ManifestPage page, PageImport import)
    {
        if (import.Result is not { } result)
        {
            var cause = import.Crashed ? FailureCause.CrashOrTimeout : FailureCause.NoSessions;
            return [new Mismatch(cause, "sessions", page.SessionsShown, import.Failure!)];
        }
        var sessions = result.Sessions;
        if (sessions.Count == 0)
            return [new Mismatch(FailureCause.NoSessions, "sessions", page.SessionsShown, "0")];

        var mismatches = new List<Mismatch>();
        // The product keeps one session per date, so a page whose counted meetings share dates is held to its dates.
        if (sessions.Count != page.ExpectedSessions)
            mismatches.Add(new Mismatch(FailureCause.WrongCount, "sessions", page.SessionsShown, Number(sessions.Count)));
        if (CompareFirstDate(page, result) is { } date) mismatches.Add(date);
        var cancelled = sessions.Count(s => s.Status == SessionStatus.Cancelled);
        if (!CancelledMatches(page.ExpectedCancelled, cancelled))
            mismatches.Add(new Mismatch(FailureCause.LostCancellations, "cancelled", page.CancelledShown, Number(cancelled)));
        var start = sessions[0].Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-";
        if (page.StartLocal != "-" && start != page.StartLocal)
            mismatches.Add(new Mismatch(FailureCause.LostStartTime, "start", page.StartLocal, start));
        if (page.Zone != "-" && !SameZone(page.Zone, result.Course.TimeZone))
            mismatches.Add(new Mismatch(FailureCause.WrongZone, "zone", page.Zone, result.Course.TimeZone));
        return mismatches;
    }

    /// <summary>
    /// A full date must match. A <c>*-MM-DD</c> date matches on month and day, and the importer must have said that the
    /// page gives no year. A bare <c>*</c> is a page whose month and day follow from the year it does not give (ISO week
    /// numbers): only the warning is compared. A year that differs, or an unknowable year stated without such a warning,
    /// is the worst case.
    /// </summary>
    private static Mismatch? CompareFirstDate(ManifestPage page, ImportResult result)
    {
        var got = result.Sessions[0].Date;
        var shown = got.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (page.YearUnknown)
        {
            if (YearWarnings.SaysYearUnknown(result.Warnings))
                return page.FirstDate == "*" || got.ToString("MM-dd", CultureInfo.InvariantCulture) == page.FirstDate[2..]
                    ? null
                    : new Mismatch(FailureCause.WrongFirstDate, "first", page.FirstDate, shown);
            return new Mismatch(FailureCause.WrongYearSilently, "first", $"{page.FirstDate} (year unknown)", $"{shown} without a no-year warning");
        }
        var expected = DateOnly.ParseExact(page.FirstDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (got == expected) return null;
        return got.Year != expected.Year && !YearWarnings.MentionYear(result.Warnings)
            ? new Mismatch(FailureCause.WrongYearSilently, "first", page.FirstDate, $"{shown} without a year warning")
            : new Mismatch(FailureCause.WrongFirstDate, "first", page.FirstDate, shown);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool CancelledMatches(string expected, int got) => expected switch
    {
        "-" => true,
        _ when expected.EndsWith('+') => got >= int.Parse(expected[..^1], CultureInfo.InvariantCulture),
        _ => got == int.Parse(expected, CultureInfo.InvariantCulture),
    };

    /// <summary>Two IANA ids are the same zone when they are equal or share the platform's Windows zone (same clock rules).</summary>
    private static bool SameZone(string expected, string got) =>
        expected == got
        || (TimeZoneInfo.TryConvertIanaIdToWindowsId(expected, out var a) && TimeZoneInfo.TryConvertIanaIdToWindowsId(got, out var b) && a == b);
}
