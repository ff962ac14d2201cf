using System.Globalization;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// A label that names an ISO 8601 week and a weekday: "KW 12 Di", "vecka 5 tisdag", "Week 3 Tue", "W12 Mon", "sem. 40 mer.".
/// The week words come from the languages' files (<see cref="PageLanguage.WeekWords"/>), the weekday from CLDR: the names
/// <see cref="ClassTimesReader.ToDay"/> knows, and after a week number also the two-letter forms CLDR gives the week
/// word's languages ("Di" after "KW" is German's Tuesday, though French writes Sunday so).
/// </summary>
internal static class IsoWeekLabel
{
    /// <param name="Rest">What follows the weekday ("", ": Introduction", " Jan 21"), folded.</param>
    public sealed record Label(int Week, DayOfWeek Day, string Rest);

    private static readonly string[] Words = [.. Languages.Words(language => language.WeekWords).OrderByDescending(word => word.Length)];

    // NonBacktracking: a label is page text; the rest may be as long as the cell.
    private static readonly Regex Pattern = new(
        $@"^(?<word>{string.Join("|", Words.Select(Regex.Escape))})\.?\s?(?<week>[0-9]{{1,2}})\s?[,:.\-–—/]?\s?"
        + @"(?<day>\p{L}{2,})\.?(?<rest>[\s,:;(|\-–—].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The week and weekday a label opens with, or null when it opens with neither.</summary>
    public static Label? Parse(string cleaned)
    {
        if (Words.Length == 0) return null;
        var match = Pattern.Match(SearchText.Fold(cleaned));
        if (!match.Success) return null;
        var dayWord = match.Groups["day"].Value;
        if ((ClassTimesReader.ToDay(dayWord) ?? ShortDay(match.Groups["word"].Value, dayWord)) is not { } day) return null;
        return new Label(int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture), day, match.Groups["rest"].Value);
    }

    /// <summary>The date of the label's day in the ISO week-numbering year, or null when the year has no such week.</summary>
    public static DateOnly? Date(int isoYear, Label label) =>
        isoYear is >= 1900 and <= 2200 && label.Week >= 1 && label.Week <= ISOWeek.GetWeeksInYear(isoYear)
            ? DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, label.Week, label.Day))
            : null;

    /// <summary>A short weekday name ("di", "ti", "ma") in the languages whose week word opens the label, if they agree.</summary>
    private static DayOfWeek? ShortDay(string weekWord, string dayWord)
    {
        var days = Languages.All.Where(language => language.WeekWords.Contains(weekWord.ToLowerInvariant(), StringComparer.Ordinal))
            .Select(language => ShortDays.Value.TryGetValue(language.Code, out var names) && names.TryGetValue(dayWord.ToLowerInvariant(), out var day)
                ? day : (DayOfWeek?)null)
            .OfType<DayOfWeek>().Distinct().ToList();
        return days.Count == 1 ? days[0] : null;
    }

    /// <summary>For each language with a file, CLDR's shortest and abbreviated weekday names, folded, that name one day.</summary>
    private static readonly Lazy<Dictionary<string, Dictionary<string, DayOfWeek>>> ShortDays = new(() =>
    {
        var byLanguage = new Dictionary<string, Dictionary<string, DayOfWeek>>(StringComparer.Ordinal);
        foreach (var code in Languages.All.Select(language => language.Code))
        {
            DateTimeFormatInfo format;
            try { format = CultureInfo.GetCultureInfo(code).DateTimeFormat; }
            catch (CultureNotFoundException) { continue; }
            var names = new Dictionary<string, HashSet<DayOfWeek>>(StringComparer.Ordinal);
            for (var day = 0; day < 7; day++)
                foreach (var name in new[] { format.ShortestDayNames[day], format.AbbreviatedDayNames[day] })
                {
                    var key = SearchText.Fold(name.Trim()).TrimEnd('.');
                    if (key.Length < 2 || !key.All(char.IsLetter)) continue;
                    if (!names.TryGetValue(key, out var set)) names[key] = set = [];
                    set.Add((DayOfWeek)day);
                }
            byLanguage[code] = names.Where(pair => pair.Value.Count == 1).ToDictionary(pair => pair.Key, pair => pair.Value.First(), StringComparer.Ordinal);
        }
        return byLanguage;
    });
}
