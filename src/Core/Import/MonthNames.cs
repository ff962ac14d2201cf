using CourseFunctions.Core.Slides;

namespace CourseFunctions.Core.Import;

/// <summary>Month names in the languages of the course pages CourseFunctions reads: English, French, Spanish, Portuguese, German, Italian.</summary>
internal static class MonthNames
{
    private static readonly string[][] Names =
    [
        ["january", "janvier", "enero", "janeiro", "januar", "janner", "gennaio"],
        ["february", "fevrier", "febrero", "fevereiro", "februar", "febbraio"],
        ["march", "mars", "marzo", "marco", "marz"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio"],
        ["june", "juin", "junio", "junho", "juni", "giugno"],
        ["july", "juillet", "julio", "julho", "juli", "luglio"],
        ["august", "aout", "agosto"],
        ["september", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"],
        ["october", "octobre", "octubre", "outubro", "oktober", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "decembre", "diciembre", "dezembro", "dezember", "dicembre"],
    ];

    /// <summary>The month a word names, by a prefix of at least three letters that only one month's names share.</summary>
    public static int? Of(string word)
    {
        var key = SearchText.Fold(word).TrimEnd('.');
        if (key.Length < 3) return null;
        var months = Enumerable.Range(0, 12).Where(m => Names[m].Any(name => name.StartsWith(key, StringComparison.Ordinal))).ToList();
        return months.Count == 1 ? months[0] + 1 : null;
    }
}
