namespace CourseFunctions.Import;

/// <summary>
/// Zone abbreviations as class times are written with them ("1–4 pm PDT", "10:00 CET"), each with the zones it may
/// stand for, the most common first. The page's country settles which: CST is Chicago's, but Shanghai's on a Chinese
/// page; CET on a Polish page is Warsaw's (<see cref="Resolve"/>).
/// </summary>
internal static class ZoneAbbreviations
{
    private static readonly Dictionary<string, string[]> Meanings = new(StringComparer.Ordinal)
    {
        ["PST"] = ["America/Los_Angeles"], ["PDT"] = ["America/Los_Angeles"], ["PT"] = ["America/Los_Angeles"],
        ["MST"] = ["America/Denver"], ["MDT"] = ["America/Denver"], ["MT"] = ["America/Denver"],
        ["CST"] = ["America/Chicago", "Asia/Shanghai"], ["CDT"] = ["America/Chicago"], ["CT"] = ["America/Chicago"],
        ["EST"] = ["America/New_York"], ["EDT"] = ["America/New_York"], ["ET"] = ["America/New_York"],
        ["AKST"] = ["America/Anchorage"], ["AKDT"] = ["America/Anchorage"], ["HST"] = ["Pacific/Honolulu"],
        ["AST"] = ["America/Halifax", "Asia/Riyadh"], ["ADT"] = ["America/Halifax"], ["NST"] = ["America/St_Johns"],
        ["BRT"] = ["America/Sao_Paulo"], ["ART"] = ["America/Argentina/Buenos_Aires"], ["CLT"] = ["America/Santiago"],
        ["GMT"] = ["Europe/London"], ["BST"] = ["Europe/London"], ["WET"] = ["Europe/Lisbon"], ["WEST"] = ["Europe/Lisbon"],
        ["UTC"] = ["Etc/UTC"],
        ["CET"] = ["Europe/Paris"], ["CEST"] = ["Europe/Paris"], ["MEZ"] = ["Europe/Berlin"], ["MESZ"] = ["Europe/Berlin"],
        ["EET"] = ["Europe/Athens"], ["EEST"] = ["Europe/Athens"], ["MSK"] = ["Europe/Moscow"],
        ["IST"] = ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"], ["PKT"] = ["Asia/Karachi"],
        ["ICT"] = ["Asia/Bangkok"], ["WIB"] = ["Asia/Jakarta"], ["SGT"] = ["Asia/Singapore"], ["HKT"] = ["Asia/Hong_Kong"],
        ["JST"] = ["Asia/Tokyo"], ["KST"] = ["Asia/Seoul"],
        ["AEST"] = ["Australia/Sydney"], ["AEDT"] = ["Australia/Sydney"], ["ACST"] = ["Australia/Adelaide"],
        ["AWST"] = ["Australia/Perth"], ["NZST"] = ["Pacific/Auckland"], ["NZDT"] = ["Pacific/Auckland"],
        ["SAST"] = ["Africa/Johannesburg"], ["WAT"] = ["Africa/Lagos"], ["EAT"] = ["Africa/Nairobi"],
    };

    public static bool IsAbbreviation(string word) => Meanings.ContainsKey(word);

    /// <summary>
    /// The zone an abbreviation stands for on a page whose country's main zone is <paramref name="countryZone"/>: that
    /// zone when one of the abbreviation's meanings keeps its clock (the same standard offset), else the first meaning.
    /// </summary>
    public static string? Resolve(string word, string? countryZone)
    {
        if (!Meanings.TryGetValue(word, out var zones)) return null;
        if (countryZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(countryZone, out var country)
            && zones.Any(zone => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var meant) && meant.BaseUtcOffset == country.BaseUtcOffset))
            return countryZone;
        return zones[0];
    }
}
