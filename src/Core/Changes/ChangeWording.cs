using System.Globalization;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Changes;

/// <summary>
/// A change in the course's words, the way a notice to students reads: "Fri 7 Feb: cancelled (Strike)". The one place
/// the sentence is made: the changes JSON, the Atom feed and the webhook notices all take it from here. Dates are
/// written in the course's culture (its CLDR day and month names); the reason, rooms and topics are the course's own text.
/// </summary>
public static class ChangeWording
{
    /// <summary>English: the words of a course that names no culture.</summary>
    public static CultureInfo DefaultCulture => CultureInfo.GetCultureInfo("en");

    /// <summary>The course's culture, or English when it has none (or one this machine does not know).</summary>
    public static CultureInfo CultureOf(Course course)
    {
        try
        {
            return course.Culture is { Length: > 0 } name ? CultureInfo.GetCultureInfo(name) : DefaultCulture;
        }
        catch (CultureNotFoundException)
        {
            return DefaultCulture;
        }
    }

    /// <summary>"Fri 7 Feb" in English, "ven. 7 févr." in French.</summary>
    public static string Day(DateOnly date, CultureInfo culture) => date.ToString("ddd d MMM", culture);

    public static string Title(CourseChange change, CultureInfo culture)
    {
        var day = Day(change.SessionDate, culture);
        return change.Kind switch
        {
            ChangeKind.Cancelled => change.After is { Length: > 0 } reason ? $"{day}: cancelled ({reason})" : $"{day}: cancelled",
            ChangeKind.Restored => $"{day}: back on",
            ChangeKind.Added => $"{day}: added ({change.After})",
            ChangeKind.Moved => $"{DayOf(change.Before, culture) ?? day}: moved to {day}",
            ChangeKind.Removed => $"{day}: removed",
            ChangeKind.TimeChanged => $"{day}: now {change.After} (was {change.Before})",
            ChangeKind.RoomChanged => change.After is null
                ? $"{day}: no room given (was {change.Before})"
                : $"{day}: now in {change.After}" + (change.Before is null ? "" : $" (was {change.Before})"),
            ChangeKind.TopicsFilled => $"{day}: {change.After}",
            ChangeKind.SlidesPublished => change.After is null ? $"{day}: slides published" : $"{day}: slides published — {change.After}",
            _ => change.After is null ? $"{day}: changed" : $"{day}: now {change.After}",
        };
    }

    private static string? DayOf(string? isoDate, CultureInfo culture) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Day(date, culture) : null;
}
