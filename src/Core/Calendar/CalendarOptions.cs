using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Core.Calendar;

public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>Suggested polling interval, written as REFRESH-INTERVAL and X-PUBLISHED-TTL.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Domain part of event UIDs. Set it once, before the first student subscribes: changing it changes
    /// every UID, and calendar apps would show each session twice.
    /// </summary>
    [Required, RegularExpression(@"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", ErrorMessage = "Give a domain name, e.g. courses.example.edu.")]
    public string UidDomain { get; set; } = "coursefunctions";
}
