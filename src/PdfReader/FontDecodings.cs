using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts;
using UglyToad.PdfPig.Tokens;

namespace CourseFunctions.PdfReader;

/// <summary>
/// How to read the letters of each font of a page that has no usable ToUnicode map. PdfPig then gives a glyph's
/// code as its character, so a ligature comes out as a control character ("o\u001Ecial"). Such a code is read by the
/// glyph name the font gives for it, where that name is a known one (fi, f_f_i, uni00E9), else by the font's TeX
/// encoding: pdfTeX's bitmap (Type 3) fonts, named a0 to a255, are EC fonts in T1 (Cork), since pdfTeX embeds
/// bitmaps only where no Type 1 version is installed, which is cm-super's EC fonts; Computer Modern's Type 1 fonts
/// (CMR10 and kin) are OT1.
/// </summary>
internal sealed partial class FontDecodings
{
    [GeneratedRegex(@"\Aa\d{1,3}\z")]
    private static partial Regex PdfTexBitmapGlyph();

    [GeneratedRegex(@"\A([A-Z]{6}\+)?CM[A-Z]+\d*\z")]
    private static partial Regex ComputerModern();

    private static readonly Dictionary<string, string> LigatureNames = new(StringComparer.Ordinal)
    {
        ["ff"] = "ff", ["fi"] = "fi", ["fl"] = "fl", ["ffi"] = "ffi", ["ffl"] = "ffl",
        ["f_f"] = "ff", ["f_i"] = "fi", ["f_l"] = "fl", ["f_f_i"] = "ffi", ["f_f_l"] = "ffl", ["f_t"] = "ft", ["s_t"] = "st",
    };

    private readonly Dictionary<string, Decoding> _byFontName = new(StringComparer.Ordinal);

    private sealed record Decoding(IReadOnlyDictionary<int, string> Names, IReadOnlyDictionary<int, string>? Encoding);

    public FontDecodings(PdfDocument document, Page page)
    {
        try
        {
            Collect(document, page);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A damaged font dictionary costs its fonts' decoding, not the page: PdfPig's own reading stands.
            _byFontName.Clear();
        }
    }

    private void Collect(PdfDocument document, Page page)
    {
        if (PdfTokens.Resolve(document, page.Dictionary.Data.GetValueOrDefault("Resources")) is not DictionaryToken resources) return;
        if (PdfTokens.Resolve(document, resources.Data.GetValueOrDefault("Font")) is not DictionaryToken fonts) return;
        foreach (var (key, value) in fonts.Data)
        {
            if (PdfTokens.Resolve(document, value) is not DictionaryToken font || font.Data.ContainsKey("ToUnicode")) continue;
            var names = DifferencesOf(document, font);
            var subtype = (font.Data.GetValueOrDefault("Subtype") as NameToken)?.Data;
            var baseFont = (font.Data.GetValueOrDefault("BaseFont") as NameToken)?.Data;
            IReadOnlyDictionary<int, string>? encoding = null;
            if (subtype == "Type3" && names.Count > 0 && names.Values.All(name => PdfTexBitmapGlyph().IsMatch(name) || name == ".notdef"))
                encoding = TexEncodings.Cork;
            else if (baseFont is not null && ComputerModern().IsMatch(baseFont))
                encoding = TexEncodings.Ot1;
            var decoding = new Decoding(names, encoding);
            // PdfPig names a letter's font by its BaseFont, or a Type 3 font by its /Name (pdfTeX: the resource key).
            _byFontName.TryAdd(key, decoding);
            if (baseFont is not null) _byFontName.TryAdd(baseFont, decoding);
            if ((font.Data.GetValueOrDefault("Name") as NameToken)?.Data is { } name) _byFontName.TryAdd(name, decoding);
        }
    }

    /// <summary>
    /// The text of a letter as its author wrote it; whether it was decoded here (rather than taken as PdfPig gave it).
    /// Only letters PdfPig could not map (a control character, a private-use code) or a font's encoding reads differently are touched.
    /// </summary>
    public string Decode(Letter letter)
    {
        var value = TexEncodings.WithoutPresentationForms(letter.Value);
        if (value.Length != 1 || !_byFontName.TryGetValue(letter.FontName ?? "", out var decoding)) return value;
        int code = value[0];
        if (decoding.Encoding is { } encoding && encoding.TryGetValue(code, out var encoded)) return encoded;
        if (!IsUnmapped(value[0]) || !decoding.Names.TryGetValue(code, out var glyph)) return value;
        if (LigatureNames.TryGetValue(glyph, out var ligature)) return ligature;
        var fromName = GlyphList.AdobeGlyphList.NameToUnicode(glyph);
        return string.IsNullOrEmpty(fromName) ? value : TexEncodings.WithoutPresentationForms(fromName);
    }

    /// <summary>What PdfPig gives for a code it could not map: the code itself, a control or private-use character.</summary>
    public static bool IsUnmapped(char c) => char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF' || c == '\uFFFD';

    private static Dictionary<int, string> DifferencesOf(PdfDocument document, DictionaryToken font)
    {
        var names = new Dictionary<int, string>();
        if (PdfTokens.Resolve(document, font.Data.GetValueOrDefault("Encoding")) is not DictionaryToken encoding
            || PdfTokens.Resolve(document, encoding.Data.GetValueOrDefault("Differences")) is not ArrayToken differences) return names;
        var code = 0;
        foreach (var item in differences.Data)
        {
            if (item is NumericToken number) code = number.Int;
            else if (item is NameToken name && code is >= 0 and < 256) names[code++] = name.Data;
        }
        return names;
    }
}
