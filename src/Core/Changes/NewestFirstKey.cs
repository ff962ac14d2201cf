using System.Text.RegularExpressions;

namespace CourseFunctions.Core.Changes;

/// <summary>
/// Ids of log entries (changes, audit entries): inverted ticks, a dash, a GUID. Table Storage returns a partition
/// in RowKey order, so a course's newest entry comes first; the id doubles as the cursor of the next page.
/// Here beside <see cref="CourseChange"/>, whose id the change detector makes, so that Storage, which keeps the
/// changes and the audit log, uses Changes and not the reverse.
/// </summary>
public static partial class NewestFirstKey
{
    public static string For(DateTimeOffset at) => $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}";

    /// <summary>Whether a page cursor has the form of these ids.</summary>
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\A[0-9]{19}-[0-9a-f]{32}\z")]
    private static partial Regex Pattern();
}
