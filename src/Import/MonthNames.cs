using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// Reads month names as people abbreviate them: the hand-kept <see cref="Vocabulary.Months"/>, then every language's CLDR names
/// (<see cref="CalendarWords"/>).
/// </summary>
internal static class MonthNames
{
    /// <summary>The month a word names, by a prefix of at least three letters that only one month's names share.</summary>
    public static int? Of(string word)
    {
        var key = SearchText.Fold(word).TrimEnd('.');
        if (key.Length < 2 || (key.Length < 3 && key.Any(char.IsAsciiLetter))) return null;
        var months = Enumerable.Range(0, 12).Where(m => Vocabulary.Months[m].Any(name => name.StartsWith(key, StringComparison.Ordinal))).ToList();
        return months.Count == 1 ? months[0] + 1 : months.Count == 0 ? CalendarWords.Month(key) : null;
    }
}
