using System.Globalization;

namespace CourseFunctions.Core.Courses;

/// <summary>
/// How dates and times are written as text, in the API, in storage and in links: yyyy-MM-dd and 24-hour HH:mm,
/// always with the invariant culture. In a custom format ':' is the current culture's time separator and the year
/// is its calendar's, so a format without the invariant culture can write "09.00" or a Buddhist year.
/// </summary>
public static class WireFormats
{
    public const string DatePattern = "yyyy-MM-dd";
    public const string TimePattern = "HH:mm";

    /// <summary>A moment as the course's wall-clock time with the offset in force, e.g. 2025-01-10T09:00:00+01:00.</summary>
    public const string DateTimePattern = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>The same without seconds, which editors may send back.</summary>
    private const string DateTimeWithoutSecondsPattern = "yyyy-MM-dd'T'HH:mmzzz";

    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } day ? Date(day) : null;

    public static string Time(TimeOnly time) => time.ToString(TimePattern, CultureInfo.InvariantCulture);

    public static string? Time(TimeOnly? time) => time is { } value ? Time(value) : null;

    public static string DateTime(DateTimeOffset moment) => moment.ToString(DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>Exactly yyyy-MM-dd: no other form, no surrounding space.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DatePattern, CultureInfo.InvariantCulture);

    /// <summary>Exactly HH:mm, 24-hour.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, TimePattern, CultureInfo.InvariantCulture);

    /// <summary>A date-time with its offset, with or without seconds.</summary>
    public static bool TryParseDateTime(string? text, out DateTimeOffset moment) =>
        DateTimeOffset.TryParseExact(text, [DateTimePattern, DateTimeWithoutSecondsPattern], CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);
}
