using System.Text.RegularExpressions;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// What a schedule row's text says about its session being off: a marker that cancels it ("No class", "Keine Vorlesung",
/// "NO HAY SESIÓN", "校历停课"), a mention of days off in a range's note, and a hint that an unmarked row may be a
/// holiday (said in a warning, never acted on). Every pattern is NonBacktracking: a cell may be a hostile 1 MiB run.
/// </summary>
internal static class CancellationText
{
    // Two patterns, not one: NonBacktracking refuses an automaton of more than 10,000 nodes, and the two together pass it.
    private static readonly Regex OpeningMarker = Vocabulary.StartsWithWord(Vocabulary.AllCancellationPhrases, @"\W*");
    private static readonly Regex OpeningHoliday = Vocabulary.StartsWithWord(Vocabulary.HolidayNames, @"\W*");

    // "Memorial Day (No Class)", "Labor Day, no class", "Labor Day，停课", "NONE - SPRING BREAK": the marker in brackets,
    // or closing the text after a comma or dash (any word for a break there but "break" alone, which may end a topic).
    // "Día del estudiante. No hay clases", "Guest talk. No lecture": an explicit marker opening a sentence after a full stop.
    private static readonly Regex PlacedMarker = new(
        $@"[(（]\s*(?:{string.Join("|", Vocabulary.ExplicitCancellationPhrases)})\b[^)）]{{0,80}}[)）]"
        + $@"|[,，;；–—-]\s*(?:{string.Join("|", Vocabulary.CancellationPhrases.Where(phrase => phrase != "break"))})\s*[.。!]?\s*$"
        + $@"|[.。!?！？]\s*(?:{string.Join("|", Vocabulary.ExplicitCancellationPhrases)})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ExplicitPhrase = Vocabulary.AnyWord(Vocabulary.ExplicitCancellationPhrases);

    private static readonly Regex LanguageSentence = new($@"\b(?:{string.Join("|", Vocabulary.LanguageCancellationSentences)})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Chinese, Japanese and Korean write no space between words ("校历停课", "清明連假", "휴강입니다"): their phrases stand
    // anywhere, but outside brackets, where a note names other days ("小组展示（09/19 运动会 停课）": one day of a range is off).
    private static readonly Regex UnspacedPhrase = new(
        string.Join("|", Vocabulary.UnspacedCancellationPhrases.Select(Regex.Escape)), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Bracketed = new(@"[(（][^()（）]{0,200}[)）]", RegexOptions.NonBacktracking);

    // Any word for a day off anywhere in the text, holidays named included: "Quiz before Thanksgiving" may be a holiday row.
    private static readonly Regex AnyOffWord = Vocabulary.AnyWord(Vocabulary.AllCancellationPhrases);
    private static readonly Regex AnyHoliday = Vocabulary.AnyWord(Vocabulary.HolidayNames);

    /// <summary>Whether the text says its session is off, as written or without accents ("Keine Vorlesung", "Vorlesung entfällt").</summary>
    public static bool IsMarker(string text)
    {
        if (Opens(text) || PlacedMarker.IsMatch(text) || UnspacedPhrase.IsMatch(Bracketed.Replace(text, ""))) return true;
        var folded = text.All(char.IsAscii) ? text : SearchText.Fold(text);
        return LanguageSentence.IsMatch(folded) || folded != text && (Opens(folded) || PlacedMarker.IsMatch(folded));
    }

    /// <summary>Whether a text says, anywhere, that sessions are off ("11/11 Veterans Day、11/25 Thanksgiving 停课").</summary>
    public static bool MentionsCancellation(string text) =>
        ExplicitPhrase.IsMatch(text) || UnspacedPhrase.IsMatch(text) || LanguageSentence.IsMatch(SearchText.Fold(text));

    /// <summary>
    /// Whether a text that is no marker still reads like a holiday or no-class note ("Quiz before Thanksgiving", "Tag der
    /// Arbeit — frei?"): the reader keeps the session and says so, so that an instructor sees it in the dry run.
    /// </summary>
    public static bool LooksLikeDayOff(string text)
    {
        var folded = text.All(char.IsAscii) ? text : SearchText.Fold(text);
        return AnyOffWord.IsMatch(folded) || AnyHoliday.IsMatch(folded);
    }

    private static bool Opens(string text) => OpeningMarker.IsMatch(text) || OpeningHoliday.IsMatch(text);
}
