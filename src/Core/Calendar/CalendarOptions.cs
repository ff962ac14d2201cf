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

}
