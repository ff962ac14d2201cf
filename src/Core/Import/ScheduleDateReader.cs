using System.Globalization;
using System.Text.RegularExpressions;

namespace CourseFunctions.Core.Import;

/// <summary>
/// Reads schedule dates: ISO ("2025-01-10"), month names with or without a weekday and a year
/// ("Jan 10", "Friday, January 10, 2025", "10 Jan"), and al-folio's "MM-DD". Dates without a year
/// take the term's year and roll over at New Year, in table order.
/// </summary>
internal sealed partial class ScheduleDateReader(int? termYear)
{
    private int? _year = termYear;
    private int _lastMonth;

    public int? YearInUse => _year;

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex MonthDashDay();

    [GeneratedRegex(@"^(?:[a-z]+\.?,?\s+)?(?<mon>[a-z]+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?:[a-z]+\.?,?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[a-z]+)\.?(?:,?\s+(?<y>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    /// <summary>The date, or null when the text is not a date this reader knows.</summary>
    public DateOnly? Read(string text)
    {
        var cleaned = Regex.Replace(text.Trim(), @"\s+", " ");
        if (IsoDate().Match(cleaned) is { Success: true } iso)
            return Remember(Make(Number(iso, "y"), Number(iso, "m"), Number(iso, "d")));
        if (MonthDashDay().Match(cleaned) is { Success: true } dashed)
            return Infer(Number(dashed, "m"), Number(dashed, "d"));

        var named = MonthFirst().Match(cleaned) is { Success: true } monthFirst ? monthFirst : DayFirst().Match(cleaned);
        if (!named.Success || MonthOf(named.Groups["mon"].Value) is not { } month) return null;
        return named.Groups["y"].Success
            ? Remember(Make(Number(named, "y"), month, Number(named, "d")))
            : Infer(month, Number(named, "d"));
    }

    private DateOnly? Infer(int month, int day)
    {
        if (_year is null) return null;
        // Table order is chronological: a month earlier than the previous row's means the new year began.
        if (_lastMonth > 0 && month < _lastMonth - 6) _year++;
        return Remember(Make(_year.Value, month, day));
    }

    private DateOnly? Remember(DateOnly? date)
    {
        if (date is { } known)
        {
            _year = known.Year;
            _lastMonth = known.Month;
        }
        return date;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? MonthOf(string name)
    {
        var key = name.ToLowerInvariant().TrimEnd('.');
        if (key.Length < 3) return null;
        for (var month = 1; month <= 12; month++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant();
            if (full.StartsWith(key, StringComparison.Ordinal) || (key == "sept" && month == 9)) return month;
        }
        return null;
    }
}
