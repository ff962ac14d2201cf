using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CourseFunctions.Core.Slides;

/// <summary>Words for search: case and diacritics folded, so "regularisation" finds "Régularisation".</summary>
public static partial class SearchText
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static IEnumerable<(string Term, int Index, int Length)> Words(string text)
    {
        foreach (Match match in Word().Matches(text))
            yield return (Fold(match.Value), match.Index, match.Length);
    }

    public static string Fold(string word)
    {
        var decomposed = WellFormed(word).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text with each unpaired surrogate replaced by U+FFFD, as UTF-8 encoding does, and the noncharacter U+FFFE
    /// (a byte-order mark read backwards) too: Normalize throws on both (the only characters it throws on, found by
    /// the page fuzzer), and they reach here from JSON escapes ("\ud800"), broken encodings and PDF text.
    /// </summary>
    public static string WellFormed(string text)
    {
        if (text.Contains('\uFFFE')) text = text.Replace('\uFFFE', '\uFFFD');
        return text.Any(char.IsSurrogate) ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) : text;
    }
}
