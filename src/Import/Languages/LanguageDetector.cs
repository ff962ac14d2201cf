using System.Globalization;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// Tells the language a page is written in when its front matter does not say: by its script (Hangul, kana, Han,
/// Greek, Hebrew, Cyrillic), else by its words — the month and weekday names CLDR gives each language, and the common
/// words of each <see cref="PageLanguage"/>. Null when nothing stands out.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Enough of a page to tell its language; the rest only costs time.</summary>
    private const int MaxChars = 100_000;

    private static readonly Dictionary<string, string[]> CommonWordLanguages = Languages.All
        .SelectMany(language => language.CommonWords.Select(word => (Word: SearchText.Fold(word), language.Code)))
        .GroupBy(pair => pair.Word).ToDictionary(group => group.Key, group => group.Select(pair => pair.Code).Distinct().ToArray(), StringComparer.Ordinal);

    public static PageLanguage? Detect(string text, CancellationToken cancellationToken)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        var (hangul, kana, han, greek, hebrew, cyrillic, ukrainian, latinWords) = (0, 0, 0, 0, 0, 0, 0, 0);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (start < 0) start = i;
                switch (c)
                {
                    case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                    case >= '\u3040' and <= '\u30FF': kana++; break;
                    case >= '\u4E00' and <= '\u9FFF': han++; break;
                    case >= '\u0370' and <= '\u03FF': greek++; break;
                    case >= '\u0590' and <= '\u05FF': hebrew++; break;
                    case >= '\u0400' and <= '\u04FF': cyrillic++; if (c is 'і' or 'ї' or 'є' or 'ґ') ukrainian++; break;
                }
                continue;
            }
            if (start < 0) continue;
            var word = text.AsSpan(start, i - start);
            start = -1;
            if (word.Length > 20 || !char.IsAscii(word[0]) && !IsLatinLetter(word[0])) continue;
            latinWords++;
            // Folding (a Unicode normalisation) only where there are accents to fold: most words are ASCII.
            var found = word.ToString();
            Score(found.All(char.IsAscii) ? found.ToLowerInvariant() : SearchText.Fold(found), scores);
        }
        string? byScript =
            hangul >= 20 && hangul > latinWords ? "ko"
            : kana >= 20 && kana * 2 > latinWords ? "ja"
            : han >= 20 && han > latinWords ? "zh"
            : greek >= 50 && greek > latinWords * 2 ? "el"
            : hebrew >= 50 && hebrew > latinWords * 2 ? "he"
            : cyrillic >= 50 && cyrillic > latinWords * 2 ? (ukrainian >= 5 ? "uk" : "ru")
            : null;
        if (byScript is not null) return Languages.Of(byScript);
        var ranked = scores.OrderByDescending(pair => pair.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 6) return null;
        return ranked.Count == 1 || ranked[0].Value >= ranked[1].Value * 1.3 ? Languages.Of(ranked[0].Key) : null;
    }

    private static bool IsLatinLetter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter && c < '\u0250';

    private static void Score(string word, Dictionary<string, double> scores)
    {
        if (CommonWordLanguages.TryGetValue(word, out var common))
            foreach (var code in common) scores[code] = scores.GetValueOrDefault(code) + 1.0 / common.Length;
        if (word.Length >= 4 && CalendarWords.LanguagesOfWord.TryGetValue(word, out var calendar))
            foreach (var code in calendar) scores[code] = scores.GetValueOrDefault(code) + 2.0 / calendar.Count;
    }
}
