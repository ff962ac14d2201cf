namespace CourseFunctions.Core.Courses;

/// <summary>
/// A session's status and kind as the API writes and reads them ("cancelled", "lab"), and the kind's name in a
/// calendar event's title. Storage keeps the enum names, which this does not change.
/// </summary>
public static class SessionText
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";

    /// <summary>The values an editor may send for <c>status</c>, for the error message; "canceled" is read as well.</summary>
    public static readonly IReadOnlyList<string> Statuses = [Scheduled, Cancelled];

    public static readonly IReadOnlyList<string> Kinds = [.. Enum.GetValues<SessionKind>().Select(Kind)];

    public static string Status(SessionStatus status) => status == SessionStatus.Cancelled ? Cancelled : Scheduled;

    public static string Kind(SessionKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Any case; the American spelling too.</summary>
    public static bool TryParseStatus(string text, out SessionStatus status)
    {
        (var known, status) = text.ToLowerInvariant() switch
        {
            Scheduled => (true, SessionStatus.Scheduled),
            Cancelled or "canceled" => (true, SessionStatus.Cancelled),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>Any case; names only, not the enum's numbers.</summary>
    public static bool TryParseKind(string text, out SessionKind kind)
    {
        var lower = text.ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<SessionKind>())
        {
            if (Kind(candidate) != lower) continue;
            kind = candidate;
            return true;
        }
        kind = default;
        return false;
    }

    /// <summary>What a calendar event is called when the session has no topics: "Exam", "Lab", "Lecture", or "Session".</summary>
    public static string EventName(SessionKind kind) => kind switch
    {
        SessionKind.Exam => "Exam",
        SessionKind.Lab => "Lab",
        SessionKind.Other => "Session",
        _ => "Lecture",
    };
}
