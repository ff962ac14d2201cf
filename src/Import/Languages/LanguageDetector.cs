using System.Globalization;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// Tells the language a page is written in when its front matter does not say: by its script (Hangul, kana, Han,
/// Greek, Hebrew, Cyrillic), else by its words — the month and weekday names CLDR gives each language, and the common
/// words of each <see cref="PageLanguage"/>. Links and addresses are no text: a Japanese page full of URLs is still
/// Japanese. Words count once each, however often they stand: a Spanish page's hundred "de" are one Turkish word, not a
/// hundred, and a page of Julia code's "do … end" one Portuguese word. Null when nothing stands out.
/// </summary>
internal static partial class LanguageDetector
{
    /// <summary>
    /// The language, whether the evidence is strong enough for it to give the course's zone (<see cref="Strong"/>), and
    /// what told it. A weak guess still decides how numeric dates read when they do not say.
    /// </summary>
    public sealed record Guess(PageLanguage Language, bool Strong, string Evidence);

    /// <summary>Enough of a page to tell its language; the rest only costs time.</summary>
    private const int MaxChars = 100_000;

    /// <summary>
    /// Distinct words of a language (a word shared by several counts as a share) before it is taken at all: a short
    /// table of "22 aprile", "5 maggio", "3 giugno" is Italian, a hundred "de" alone no language.
    /// </summary>
    private const double MinDistinctWords = 3;

    /// <summary>How many times the distinct words of any other language the winner's must be for it to give the zone.</summary>
    private const double StrongMargin = 2;

    /// <summary>Characters of a script before it tells the language, and how far they must outnumber the words in Latin letters.</summary>
    private const int MinScriptChars = 20;
    private const int StrongScriptChars = 40;

    private static readonly Dictionary<string, string[]> CommonWordLanguages = Languages.All
        .SelectMany(language => language.CommonWords.Select(word => (Word: SearchText.Fold(word), language.Code)))
        .GroupBy(pair => pair.Word).ToDictionary(group => group.Key, group => group.Select(pair => pair.Code).Distinct().ToArray(), StringComparer.Ordinal);

    // A Markdown link's target, a URL or an e-mail address: words of no language. Bounded runs, so a hostile page stays linear.
    [GeneratedRegex(@"\]\([^()\s]{0,2000}\)|(?:https?|ftp)://[^\s()<>""'\]]{0,2000}|[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,255}",
        RegexOptions.NonBacktracking)]
    private static partial Regex LinkOrAddress();

    public static Guess? Detect(string text, CancellationToken cancellationToken)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        cancellationToken.ThrowIfCancellationRequested();
        text = LinkOrAddress().Replace(text, " ");
        cancellationToken.ThrowIfCancellationRequested();
        var (hangul, kana, han, greek, hebrew, cyrillic, ukrainian, latinWords) = (0, 0, 0, 0, 0, 0, 0, 0);
        var words = new HashSet<string>(StringComparer.Ordinal);
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
            words.Add(found.All(char.IsAscii) ? found.ToLowerInvariant() : SearchText.Fold(found));
        }
        var cjk = hangul + kana + han;
        var (byScript, scriptChars) =
            // A word of Chinese, Japanese or Korean is about two characters: a page with half as many of them as words in
            // Latin letters (its code, its English terms) is still in its script's language.
            hangul >= MinScriptChars && hangul * 2 > latinWords ? ("ko", hangul)
            : kana >= MinScriptChars && kana * 2 > latinWords ? ("ja", kana + han)
            : han >= MinScriptChars && han * 2 > latinWords ? ("zh", han)
            : greek >= 50 && greek > latinWords * 2 ? ("el", greek)
            : hebrew >= 50 && hebrew > latinWords * 2 ? ("he", hebrew)
            : cyrillic >= 50 && cyrillic > latinWords * 2 ? (ukrainian >= 5 ? "uk" : "ru", cyrillic)
            : ((string?)null, 0);
        if (byScript is not null && Languages.Of(byScript) is { } scripted)
            return new Guess(scripted, scriptChars >= StrongScriptChars, "its script");
        var ranked = Scores(words).OrderByDescending(pair => pair.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinDistinctWords) return null;
        var (winner, runnerUp) = (ranked[0].Value, ranked.Count > 1 ? ranked[1].Value : 0);
        if (winner < runnerUp * 1.3 || Languages.Of(ranked[0].Key) is not { } language) return null;
        // A page with as much Chinese, Japanese or Korean as words of the winner is not clearly in the winner's language.
        var strong = winner >= runnerUp * StrongMargin && cjk < MinScriptChars;
        return new Guess(language, strong, $"its words ({string.Join(", ", Evidence(words, language.Code))})");
    }

    private static bool IsLatinLetter(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter && c < '\u0250';

    /// <summary>Each language's share of the page's distinct words: a word of several languages counts for each in part.</summary>
    private static Dictionary<string, double> Scores(HashSet<string> words)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (CommonWordLanguages.TryGetValue(word, out var common))
                foreach (var code in common) scores[code] = scores.GetValueOrDefault(code) + 1.0 / common.Length;
            if (word.Length >= 4 && CalendarWords.LanguagesOfWord.TryGetValue(word, out var calendar))
                foreach (var code in calendar) scores[code] = scores.GetValueOrDefault(code) + 1.0 / calendar.Count;
        }
        return scores;
    }

    /// <summary>A few of the words that told the language, for the provenance ("its words (und, der, vorlesung)").</summary>
    private static IEnumerable<string> Evidence(HashSet<string> words, string code) => words
        .Where(word => CommonWordLanguages.GetValueOrDefault(word)?.Contains(code) == true
            || word.Length >= 4 && CalendarWords.LanguagesOfWord.GetValueOrDefault(word)?.Contains(code) == true)
        .Order(StringComparer.Ordinal).Take(5);
}
