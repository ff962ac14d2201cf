using System.Globalization;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// Reads weekly class times as people write them: "Fridays, 9:00 AM - 12:15 PM", "MWF 10:00-11:00",
/// "Tuesdays and Thursdays, 13:30-15:00", "9 am–noon on Mondays". Each time range applies to the days named before
/// it, else to those named after it.
/// </summary>
internal static partial class ClassTimesReader
{
    public sealed record Reading(IReadOnlyList<ClassTime> ClassTimes, TimeRange? DaylessRange, IReadOnlyList<string> Problems);

    public sealed record TimeRange(TimeOnly Start, TimeOnly End);

    [GeneratedRegex(@"(?<h1>[0-9]{1,2})(?:[:.h](?<m1>[0-9]{2}))?\s*(?<ap1>[ap])?\.?m?\.?\s*(?:-{1,3}|–|—|to|until)\s*(?<h2>[0-9]{1,2})(?:[:.h](?<m2>[0-9]{2}))?\s*(?<ap2>[ap])?\.?m?\.?", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TimeRangePattern();

    [GeneratedRegex(@"\b(?:noon|midday)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Noon();

    [GeneratedRegex(@"\p{L}+", RegexOptions.NonBacktracking)]
    private static partial Regex AnyWord();

    [GeneratedRegex(@"\b(?<letters>(?:M|Tu|T|W|Th|R|F|Sa|Su){2,})\b", RegexOptions.NonBacktracking)]
    private static partial Regex CompactDays();

    public static Reading Read(string text)
    {
        var classTimes = new List<ClassTime>();
        var problems = new List<string>();
        TimeRange? dayless = null;
        text = Noon().Replace(text, "12:00 pm");
        var matches = TimeRangePattern().Matches(text);
        var position = 0;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var days = DaysIn(text[position..match.Index]);
            position = match.Index + match.Length;
            // "9 am–noon on Mondays and Wednesdays, 2:30-4 pm on Thursdays": with no days before it, a range takes
            // those after it, up to the next range.
            if (days.Count == 0)
            {
                var next = index + 1 < matches.Count ? matches[index + 1].Index : text.Length;
                days = DaysIn(text[position..next]);
                if (days.Count > 0) position = next;
            }
            if (ToRange(match, problems) is not { } range) continue;
            if (days.Count == 0) dayless ??= range;
            classTimes.AddRange(days.Select(day => new ClassTime(day, range.Start, range.End)));
        }
        if (classTimes.Count == 0 && dayless is null)
            problems.Add($"no time range found in \"{text}\"");
        return new Reading(classTimes.DistinctBy(c => c.Day).OrderBy(c => c.Day).ToList(), dayless, problems);
    }

    /// <summary>
    /// A time range written unmistakably as times, with minutes or a meridiem ("14:00-16:00", "2-4pm", "9h-11h"), in
    /// text that may also hold a date: "01-11" or "9/13" are dates, not hours.
    /// </summary>
    public static TimeRange? ReadExplicitRange(string text)
    {
        var match = TimeRangePattern().Match(Noon().Replace(text, "12:00 pm"));
        var explicitly = match.Success && (match.Groups["m1"].Success || match.Groups["m2"].Success || match.Groups["ap1"].Success || match.Groups["ap2"].Success);
        return explicitly ? ToRange(match, []) : null;
    }

    /// <summary>Reads one time range, e.g. "10:00-11:30", or null with the reason in <paramref name="problems"/>.</summary>
    public static TimeRange? ReadRange(string text, List<string> problems)
    {
        var match = TimeRangePattern().Match(Noon().Replace(text, "12:00 pm"));
        return match.Success ? ToRange(match, problems) : null;
    }

    private static TimeRange? ToRange(Match match, List<string> problems)
    {
        var startMeridiem = Meridiem(match.Groups["ap1"]);
        var endMeridiem = Meridiem(match.Groups["ap2"]);
        // "14:00-16:00 PM": an hour past 12 is a 24-hour clock, whatever AM/PM follows it.
        if (IsPast12(match.Groups["h1"]) || IsPast12(match.Groups["h2"]))
        {
            if (startMeridiem is not null || endMeridiem is not null)
                problems.Add($"\"{match.Value.Trim()}\" is a 24-hour range with AM/PM; read it as 24-hour");
            (startMeridiem, endMeridiem) = (null, null);
        }
        var start = ToTime(match.Groups["h1"], match.Groups["m1"], startMeridiem ?? endMeridiem);
        var end = ToTime(match.Groups["h2"], match.Groups["m2"], endMeridiem);
        if (start is null || end is null)
        {
            problems.Add($"\"{match.Value.Trim()}\" is not a valid time range");
            return null;
        }
        // "10-12pm": the shared suffix belongs to the end only, when applying it to the start would pass the end.
        if (startMeridiem is null && endMeridiem is not null && start >= end)
            start = ToTime(match.Groups["h1"], match.Groups["m1"], null);
        if (end <= start)
        {
            // "9:00 AM - 12:15 AM": an end before the start is a slip; the obvious reading is 12 hours later.
            var corrected = end.Value.AddHours(12);
            if (corrected > start && corrected.Hour >= 12)
            {
                problems.Add($"\"{match.Value.Trim()}\" ends before it starts; read the end as {WireFormats.Time(corrected)}");
                end = corrected;
            }
            else
            {
                problems.Add($"\"{match.Value.Trim()}\" ends before it starts");
                return null;
            }
        }
        return new TimeRange(start!.Value, end.Value);
    }

    private static bool IsPast12(Group hour) => int.Parse(hour.Value, CultureInfo.InvariantCulture) > 12;

    private static char? Meridiem(Group group) => group.Success ? char.ToLowerInvariant(group.Value[0]) : null;

    private static TimeOnly? ToTime(Group hourGroup, Group minuteGroup, char? meridiem)
    {
        var hour = int.Parse(hourGroup.Value, CultureInfo.InvariantCulture);
        var minute = minuteGroup.Success ? int.Parse(minuteGroup.Value, CultureInfo.InvariantCulture) : 0;
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (meridiem == 'p' ? 12 : 0);
        }
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static List<DayOfWeek> DaysIn(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (Match compact in CompactDays().Matches(text))
            days.AddRange(CompactLetters().Matches(compact.Value).Select(letter => ToDay(letter.Value)!.Value));
        // Any word may be a weekday, in any of the page languages ("Fridays", "lundi", "Segundas", "Do.").
        foreach (Match word in AnyWord().Matches(Core.Slides.SearchText.Fold(text)))
            if (word.Value.Length > 1 && ToDay(word.Value) is { } day) days.Add(day);
        return days.Distinct().ToList();
    }

    [GeneratedRegex("Tu|Th|Sa|Su|[MTWRF]", RegexOptions.NonBacktracking)]
    private static partial Regex CompactLetters();

    /// <summary>
    /// The weekday a word names, plural or not: in <see cref="Vocabulary.Weekdays"/> (which holds the one-letter codes
    /// and the English abbreviations), else in any language's CLDR names (<see cref="CalendarWords"/>).
    /// </summary>
    public static DayOfWeek? ToDay(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Vocabulary.Weekdays.TryGetValue(lower.TrimEnd('s'), out var day)) return day;
        if (lower.Length < 2) return null;
        var folded = lower.All(char.IsAscii) ? lower : Core.Slides.SearchText.Fold(lower);
        // "Mondays", "lundis": a plural of a full name, never of an abbreviation ("mars" is no Tuesday).
        return CalendarWords.Weekday(folded) ?? (folded.Length > 4 && folded.EndsWith('s') ? CalendarWords.Weekday(folded[..^1]) : null);
    }
}
