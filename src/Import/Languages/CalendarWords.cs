using System.Globalization;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// Month and weekday names in every language .NET knows, from its CLDR data: for every culture with a Gregorian
/// calendar, the full, abbreviated and genitive month names and the full and abbreviated weekday names, folded (lower
/// case, no accents). A page in Greek, Turkish, Czech, Hungarian, Finnish or Vietnamese is read with no word list.
/// Short abbreviations are where languages collide with each other and with English ("to", "man", "lab"), so
/// abbreviations are taken only of the languages with a file in Languages/, at three letters or more (two for scripts
/// without Latin letters), and weekday abbreviations that are also month names, or common words, are left out.
/// </summary>
internal static class CalendarWords
{
    /// <summary>Folded month words, each with the months (1-12) it names, and the languages whose word it is.</summary>
    private static readonly Dictionary<string, HashSet<int>> Months = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, HashSet<int>> MonthPrefixes = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, HashSet<DayOfWeek>> Weekdays = new(StringComparer.Ordinal);

    /// <summary>Every prefix of a weekday word, for telling whether a date's first word may be its weekday ("mer." of "mercredi").</summary>
    private static readonly HashSet<string> WeekdayPrefixes = new(StringComparer.Ordinal);

    /// <summary>For each folded month or weekday word, the languages it belongs to (for telling a page's language).</summary>
    public static readonly IReadOnlyDictionary<string, HashSet<string>> LanguagesOfWord;

    static CalendarWords()
    {
        var languages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var commonWords = Languages.All.SelectMany(language => language.CommonWords).Select(SearchText.Fold).ToHashSet(StringComparer.Ordinal);
        var weekdayCandidates = new List<(string Word, DayOfWeek Day, bool Abbreviation)>();
        // Abbreviations only of the languages with a file: the others' short forms collide with English words ("lab", "pro").
        var known = Languages.All.SelectMany(language => language.Aliases.Append(language.Code)).ToHashSet(StringComparer.Ordinal);
        // A language's names are the same in each of its regions (de-AT's "Jänner" aside), and loading every specific
        // culture costs a second: the neutral cultures, one per language, hold them.
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.Name.Length == 0) continue;
            var format = culture.DateTimeFormat;
            if (format.Calendar is not GregorianCalendar) continue;
            var language = culture.TwoLetterISOLanguageName;
            for (var month = 0; month < 12; month++)
            {
                Add(Months, format.MonthNames[month], month + 1, abbreviation: false, language, languages);
                Add(Months, format.MonthGenitiveNames[month], month + 1, abbreviation: false, language, languages);
                if (!known.Contains(language)) continue;
                Add(Months, format.AbbreviatedMonthNames[month], month + 1, abbreviation: true, language, languages);
                Add(Months, format.AbbreviatedMonthGenitiveNames[month], month + 1, abbreviation: true, language, languages);
            }
            for (var day = 0; day < 7; day++)
            {
                weekdayCandidates.Add((format.DayNames[day], (DayOfWeek)day, false));
                if (known.Contains(language)) weekdayCandidates.Add((format.AbbreviatedDayNames[day], (DayOfWeek)day, true));
                if (Usable(format.DayNames[day], false) is { } full) languages.GetOrAdd(full).Add(language);
            }
        }
        foreach (var (word, day, abbreviation) in weekdayCandidates)
        {
            if (Usable(word, abbreviation) is not { } key) continue;
            if (abbreviation && (Months.ContainsKey(key) || commonWords.Contains(key))) continue;
            Weekdays.GetOrAdd(key).Add(day);
        }
        foreach (var (word, months) in Months)
            for (var length = 4; length < word.Length; length++)
                MonthPrefixes.GetOrAdd(word[..length]).UnionWith(months);
        foreach (var word in Weekdays.Keys.Concat(Vocabulary.Weekdays.Keys))
            for (var length = 1; length <= word.Length; length++)
                WeekdayPrefixes.Add(word[..length]);
        LanguagesOfWord = languages;
    }

    /// <summary>
    /// The month a word names: a month word of any language, else a prefix of four letters or more that only one month's
    /// words share (three-letter prefixes of some language's month collide with English words: "lab", "sem").
    /// </summary>
    public static int? Month(string folded)
    {
        if (Months.TryGetValue(folded, out var exact)) return exact.Count == 1 ? exact.First() : null;
        return MonthPrefixes.TryGetValue(folded, out var prefixed) && prefixed.Count == 1 ? prefixed.First() : null;
    }

    /// <summary>The weekday a folded word names in any language, if exactly one.</summary>
    public static DayOfWeek? Weekday(string folded) =>
        Weekdays.TryGetValue(folded, out var days) && days.Count == 1 ? days.First() : null;

    /// <summary>Whether the folded word is the start of a weekday's name in some language ("mer" of "mercredi").</summary>
    public static bool StartsAWeekday(string folded) => WeekdayPrefixes.Contains(folded);

    private static void Add(Dictionary<string, HashSet<int>> words, string name, int value, bool abbreviation, string language,
        Dictionary<string, HashSet<string>> languages)
    {
        if (Usable(name, abbreviation) is not { } key) return;
        words.GetOrAdd(key).Add(value);
        if (!abbreviation) languages.GetOrAdd(key).Add(language);
    }

    /// <summary>The folded word, without a closing dot; null for what cannot be looked up as one word (digits, spaces, too short).</summary>
    private static string? Usable(string name, bool abbreviation)
    {
        var key = SearchText.Fold(name.Trim()).TrimEnd('.');
        if (key.Length == 0 || key.Any(c => char.IsDigit(c) || char.IsWhiteSpace(c) || c == '.')) return null;
        var latin = key.Any(char.IsAsciiLetter);
        var shortest = latin ? 3 : 2;
        return key.Length >= shortest || (!abbreviation && key.Length >= 2) ? key : null;
    }

    private static HashSet<T> GetOrAdd<T>(this Dictionary<string, HashSet<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = [];
        return set;
    }
}
