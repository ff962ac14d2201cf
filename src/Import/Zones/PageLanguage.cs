using System.Globalization;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// The language a page is written in, when its front matter does not say: by its script (kana, hangul, Han,
/// Hebrew, Greek, Cyrillic, Thai), else by the small words each language uses most and others do not.
/// Used as a hint of the country a course meets in, never to read dates.
/// </summary>
internal static class PageLanguage
{
    /// <summary>Frequent words of one language that the other listed languages rarely write (folded; no one-letter words, which code is full of).</summary>
    private static readonly Dictionary<string, string[]> SmallWords = new()
    {
        ["en"] = ["the", "and", "of", "with", "will", "you", "this", "from", "are", "reading", "lecture", "due"],
        ["de"] = ["der", "die", "das", "und", "mit", "fur", "ist", "nicht", "von", "eine", "wird", "vorlesung", "ubung", "auf", "uhr", "sitzung", "termin"],
        ["fr"] = ["le", "les", "et", "des", "du", "une", "pour", "est", "dans", "avec", "aux", "seance", "cours", "semaine"],
        ["es"] = ["el", "los", "las", "del", "para", "con", "una", "por", "clase", "semana", "tema", "feriado"],
        ["pt"] = ["os", "dos", "das", "uma", "nao", "aula", "semana", "feriado", "atividade"],
        ["it"] = ["il", "gli", "della", "delle", "degli", "per", "di", "che", "lezione", "nel", "alla", "sono", "esercitazione"],
        ["nl"] = ["het", "een", "voor", "niet", "zijn", "wordt", "werkcollege", "deze"],
        ["sv"] = ["och", "att", "som", "ar", "inte", "vecka", "forelasning"],
        ["no"] = ["og", "ikke", "uke", "forelesning", "av", "til", "seminar"],
        ["da"] = ["og", "ikke", "uge", "forelaesning", "af", "til"],
        ["fi"] = ["ja", "on", "ei", "etta", "luento", "viikko", "tai", "kanssa"],
        ["pl"] = ["sie", "nie", "jest", "wyklad", "zajecia", "oraz", "laboratorium"],
        ["cs"] = ["prednaska", "cviceni", "pro", "jsou", "tyden"],
        ["sk"] = ["sa", "prednaska", "cvicenie", "pre", "su", "tyzden"],
        ["hu"] = ["az", "es", "hogy", "nem", "egy", "eloadas"],
        ["tr"] = ["ve", "bir", "bu", "icin", "ile", "hafta", "ders"],
        ["id"] = ["dan", "yang", "untuk", "dengan", "ini", "pertemuan", "kuliah"],
    };

    /// <summary>Each word's languages: the small words above, and the month and weekday names of each language (CLDR, through CultureInfo).</summary>
    private static readonly Dictionary<string, List<string>> LanguagesOfWord = SmallWords
        .SelectMany(pair => pair.Value.Concat(CalendarWords(pair.Key)).Distinct().Select(word => (word, language: pair.Key)))
        .GroupBy(pair => pair.word).ToDictionary(group => group.Key, group => group.Select(pair => pair.language).ToList());

    private static IEnumerable<string> CalendarWords(string language)
    {
        var names = CultureInfo.GetCultureInfo(language).DateTimeFormat;
        return names.MonthNames.Concat(names.MonthGenitiveNames).Concat(names.DayNames)
            .Where(name => name.Length > 2).Select(name => SearchText.Fold(name)).Where(name => name.All(char.IsLetter));
    }

    /// <summary>Characters written only in traditional Chinese (Taiwan, Hong Kong) and their simplified forms.</summary>
    private const string TraditionalOnly = "學課們時間週與為這個說會還體點開關電書";
    private const string SimplifiedOnly = "学课们时间周与为这个说会还体点开关电书";

    /// <summary>The page's language (two letters, or "zh-hant"), or null when nothing stands out; reads at most <paramref name="maxChars"/>.</summary>
    public static string? Guess(string text, CancellationToken cancellation, int maxChars = 200_000)
    {
        if (text.Length > maxChars) text = text[..maxChars];
        if (ByScript(text) is { } scripted) return scripted;
        cancellation.ThrowIfCancellationRequested();
        var votes = new Dictionary<string, int>();
        foreach (var (word, _, _) in SearchText.Words(text))
            if (LanguagesOfWord.TryGetValue(word, out var languages))
                foreach (var language in languages) votes[language] = votes.GetValueOrDefault(language) + 1;
        var ranked = votes.OrderByDescending(vote => vote.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 4) return null;
        // A clear winner only: one and a half times the runner-up.
        return ranked.Count == 1 || ranked[0].Value * 2 >= ranked[1].Value * 3 ? ranked[0].Key : null;
    }

    private static string? ByScript(string text)
    {
        int kana = 0, hangul = 0, han = 0, hebrew = 0, greek = 0, cyrillic = 0, ukrainian = 0, thai = 0, letters = 0, traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u4E00' and <= '\u9FFF':
                    han++;
                    if (TraditionalOnly.Contains(c)) traditional++;
                    else if (SimplifiedOnly.Contains(c)) simplified++;
                    break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ') ukrainian++;
                    break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
            }
        }
        // A page in another script still holds Latin words (code, names, links): the script needs a tenth of the letters.
        var threshold = Math.Max(20, letters / 10);
        var ideographs = Math.Max(10, letters / 30);
        if (kana >= ideographs / 4 && kana > 0 && kana + han >= ideographs) return "ja";
        if (hangul >= ideographs) return "ko";
        if (han >= ideographs) return traditional > simplified ? "zh-hant" : "zh";
        if (hebrew >= threshold) return "he";
        if (greek >= threshold) return "el";
        if (cyrillic >= threshold) return ukrainian > 0 ? "uk" : "ru";
        if (thai >= threshold) return "th";
        return null;
    }

    /// <summary>The two-letter code of a front-matter language ("de-CH", "pt_BR", "zh-TW"), with Taiwan and Hong Kong's Chinese apart.</summary>
    public static string? Declared(string? language)
    {
        if (language is not { Length: >= 2 }) return null;
        var code = language.Replace('_', '-').ToLowerInvariant();
        if (code.StartsWith("zh", StringComparison.Ordinal) && (code.Contains("tw") || code.Contains("hk") || code.Contains("hant"))) return "zh-hant";
        return code[..2];
    }
}
