using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>Reads month names (<see cref="Vocabulary.Months"/>) as people abbreviate them.</summary>
internal static class MonthNames
{
    /// <summary>The month a word names, by a prefix of at least three letters that only one month's names share.</summary>
    public static int? Of(string word)
    {
        var key = SearchText.Fold(word).TrimEnd('.');
        if (key.Length < 3) return null;
        var months = Enumerable.Range(0, 12).Where(m => Vocabulary.Months[m].Any(name => name.StartsWith(key, StringComparison.Ordinal))).ToList();
        return months.Count == 1 ? months[0] + 1 : null;
    }
}
