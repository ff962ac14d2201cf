namespace CourseFunctions.Core.Calendar;

public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>Suggested polling interval, written as REFRESH-INTERVAL and X-PUBLISHED-TTL.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Domain part of event UIDs. Set it once, before the first student subscribes: changing it changes
    /// every UID, and calendar apps would show each session twice.
    /// </summary>
    public string UidDomain { get; set; } = "coursefunctions";

    /// <summary>
    /// How long a rendered feed is served from memory without asking storage. Other instances see an
    /// edit within this time; the instance that made it sees it at once.
    /// </summary>
    public int RevalidateSeconds { get; set; } = 30;
}
