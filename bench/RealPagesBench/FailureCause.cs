namespace CourseFunctions.RealPagesBench;

/// <summary>Why a page is not right, worst first: a page is filed under the first cause it has.</summary>
internal enum FailureCause
{
    CrashOrTimeout,
    NoSessions,
    WrongYearSilently,
    WrongCount,
    WrongFirstDate,
    LostStartTime,
    LostCancellations,
    WrongZone,
}

internal static class FailureCauses
{
    public static string Describe(this FailureCause cause) => cause switch
    {
        FailureCause.CrashOrTimeout => "crash or timeout",
        FailureCause.NoSessions => "no sessions",
        FailureCause.WrongYearSilently => "wrong year without a warning",
        FailureCause.WrongCount => "wrong count",
        FailureCause.WrongFirstDate => "wrong first date",
        FailureCause.LostStartTime => "lost or wrong start time",
        FailureCause.LostCancellations => "lost or wrong cancellations",
        FailureCause.WrongZone => "wrong zone",
        _ => cause.ToString(),
    };
}

/// <summary>One compared fact that did not match: what the manifest says and what the importer gave.</summary>
internal sealed record Mismatch(FailureCause Cause, string Fact, string Expected, string Got)
{
    public override string ToString() => $"{Fact} {Expected} \u2260 {Got}";
}
