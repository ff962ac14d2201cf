namespace CourseFunctions.PdfReader;

/// <summary>
/// The TeX font encodings a font without a usable ToUnicode map is decoded by, where its code is all a reader gets.
/// Only the codes whose meaning differs from ASCII and Latin-1 are listed: the rest PdfPig already reads right.
/// </summary>
internal static class TexEncodings
{
    /// <summary>T1 (Cork), the encoding of the EC fonts that <c>\usepackage[T1]{fontenc}</c> selects.</summary>
    public static readonly IReadOnlyDictionary<int, string> Cork = new Dictionary<int, string>
    {
        [0x00] = "`", [0x01] = "´", [0x02] = "ˆ", [0x03] = "˜", [0x04] = "¨", [0x05] = "˝", [0x06] = "˚", [0x07] = "ˇ",
        [0x08] = "˘", [0x09] = "¯", [0x0A] = "˙", [0x0B] = "¸", [0x0C] = "˛", [0x0D] = "‚", [0x0E] = "‹", [0x0F] = "›",
        [0x10] = "“", [0x11] = "”", [0x12] = "„", [0x13] = "«", [0x14] = "»", [0x15] = "–", [0x16] = "—", [0x17] = "",
        [0x18] = "0", [0x19] = "ı", [0x1A] = "ȷ", [0x1B] = "ff", [0x1C] = "fi", [0x1D] = "fl", [0x1E] = "ffi", [0x1F] = "ffl",
        [0x20] = "␣", [0x27] = "’", [0x60] = "‘", [0x7F] = "-",
        [0x80] = "Ă", [0x81] = "Ą", [0x82] = "Ć", [0x83] = "Č", [0x84] = "Ď", [0x85] = "Ě", [0x86] = "Ę", [0x87] = "Ğ",
        [0x88] = "Ĺ", [0x89] = "Ľ", [0x8A] = "Ł", [0x8B] = "Ń", [0x8C] = "Ň", [0x8D] = "Ŋ", [0x8E] = "Ő", [0x8F] = "Ŕ",
        [0x90] = "Ř", [0x91] = "Ś", [0x92] = "Š", [0x93] = "Ş", [0x94] = "Ť", [0x95] = "Ţ", [0x96] = "Ű", [0x97] = "Ů",
        [0x98] = "Ÿ", [0x99] = "Ź", [0x9A] = "Ž", [0x9B] = "Ż", [0x9C] = "Ĳ", [0x9D] = "İ", [0x9E] = "đ", [0x9F] = "§",
        [0xA0] = "ă", [0xA1] = "ą", [0xA2] = "ć", [0xA3] = "č", [0xA4] = "ď", [0xA5] = "ě", [0xA6] = "ę", [0xA7] = "ğ",
        [0xA8] = "ĺ", [0xA9] = "ľ", [0xAA] = "ł", [0xAB] = "ń", [0xAC] = "ň", [0xAD] = "ŋ", [0xAE] = "ő", [0xAF] = "ŕ",
        [0xB0] = "ř", [0xB1] = "ś", [0xB2] = "š", [0xB3] = "ş", [0xB4] = "ť", [0xB5] = "ţ", [0xB6] = "ű", [0xB7] = "ů",
        [0xB8] = "ÿ", [0xB9] = "ź", [0xBA] = "ž", [0xBB] = "ż", [0xBC] = "ĳ", [0xBD] = "¡", [0xBE] = "¿", [0xBF] = "£",
        [0xD7] = "Œ", [0xDF] = "SS", [0xF7] = "œ", [0xFF] = "ß",
    };

    /// <summary>OT1, the default encoding of Computer Modern: its ligatures and the letters below code 32.</summary>
    public static readonly IReadOnlyDictionary<int, string> Ot1 = new Dictionary<int, string>
    {
        [0x0B] = "ff", [0x0C] = "fi", [0x0D] = "fl", [0x0E] = "ffi", [0x0F] = "ffl", [0x10] = "ı", [0x11] = "ȷ",
        [0x12] = "`", [0x13] = "´", [0x14] = "ˇ", [0x15] = "˘", [0x16] = "¯", [0x17] = "˚", [0x18] = "¸", [0x19] = "ß",
        [0x1A] = "æ", [0x1B] = "œ", [0x1C] = "ø", [0x1D] = "Æ", [0x1E] = "Œ", [0x1F] = "Ø",
    };

    /// <summary>Presentation forms (U+FB00–FB06) as the letters they join, so that search sees "office" in "o\uFB03ce".</summary>
    public static string WithoutPresentationForms(string text) => text switch
    {
        "\uFB00" => "ff",
        "\uFB01" => "fi",
        "\uFB02" => "fl",
        "\uFB03" => "ffi",
        "\uFB04" => "ffl",
        "\uFB05" or "\uFB06" => "st",
        _ => text,
    };
}
