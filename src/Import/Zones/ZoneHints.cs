using System.Text.RegularExpressions;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// The words that tell where a course meets: the platform's own zone ids (whose last part names a city, e.g.
/// America/Chicago for "Chicago"), and the small data file <c>zone-hints.tsv</c> for what those ids do not name
/// (US states, well-known universities, country-code domains, US calendar words).
/// </summary>
internal static class ZoneHints
{
    /// <summary>Zone-id city parts that are also common words or names ("Easter", "Christmas", "Oral", "Regina"): never read as places.</summary>
    private static readonly HashSet<string> NotPlaces =
    [
        "easter", "christmas", "wake", "reunion", "oral", "center", "midway", "stanley", "davis", "casey", "palmer", "troll",
        "darwin", "regina", "nome", "norfolk", "chatham", "knox", "marengo", "monticello", "beulah", "vevay", "winamac",
        "rosario", "asuncion", "salta", "madeira", "canary", "galapagos", "cocos", "johnston", "juba", "phoenix", "sofia",
        "santo domingo", "samara", "dawson", "jersey", "guernsey", "bahia", "chita", "aden", "mahe", "apia", "lome",
    ];

    private static readonly Lazy<Data> Loaded = new(Load);

    /// <summary>Longest place name, in words ("rio de janeiro").</summary>
    public const int MaxPlaceWords = 3;

    /// <summary>The zone a place or institution names (folded, whole words), if any.</summary>
    public static string? Place(string folded) => Loaded.Value.Places.GetValueOrDefault(folded);

    /// <summary>The main zone of the country a domain ends in ("cz", "edu"), if any.</summary>
    public static string? CountryDomain(string topLevel) => Loaded.Value.Domains.GetValueOrDefault(topLevel);

    /// <summary>
    /// The academic calendars the data file knows, each with the words that mark it ("Thanksgiving", "relâche") as one
    /// NonBacktracking pattern of whole words, any case, anything but letters and digits between them, matched against
    /// folded text: one linear pass over a page, where folding each of its words took seconds on a page of 300,000.
    /// </summary>
    public static IReadOnlyList<AcademicCalendar> Calendars => Loaded.Value.Calendars.Value;

    /// <summary>
    /// A country's academic calendar: the page language it is written in (<see cref="AnyLanguage"/> for every page's), the
    /// country's main zone, its words (group "phrase").
    /// </summary>
    public sealed record AcademicCalendar(string Language, string Zone, string Country, Regex Words);

    /// <summary>The language of a calendar whose words are written so on a page in any language ("Wintersemester").</summary>
    public const string AnyLanguage = "*";

    /// <summary>The zones a page's timestamps with a UTC offset are matched against, the most usual first.</summary>
    public static IReadOnlyList<string> OffsetZones => Loaded.Value.OffsetZones;

    private sealed record Data(Dictionary<string, string> Places, Dictionary<string, string> Domains, List<string[]> CalendarWords, List<string> OffsetZones)
    {
        private const string NotAWordCharacter = @"[^\p{L}\p{N}]";

        public Lazy<List<AcademicCalendar>> Calendars { get; } = new(() => CalendarWords
            .GroupBy(word => (Language: word[0], Zone: word[1], Country: word[2]))
            .Select(calendar =>
            {
                var phrases = calendar.Select(word => Phrase(word[3]));
                return new AcademicCalendar(calendar.Key.Language, calendar.Key.Zone, calendar.Key.Country,
                    new Regex($"(?:^|{NotAWordCharacter})(?<phrase>{string.Join("|", phrases)})(?:{NotAWordCharacter}|$)",
                        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
            }).ToList());

        /// <summary>
        /// A phrase of the data file as a pattern: its words with anything but letters and digits between them; YYYY a
        /// year ("ws 2024", "wise 2024/25"), YY at a word's end a year's last two digits glued to it ("suse24", "ws23/24", "ss2024").
        /// </summary>
        private static string Phrase(string text) => string.Join(NotAWordCharacter + "+", text.Split(' ').Select(word => word switch
        {
            "YYYY" => "(?:19|20)[0-9]{2}",
            _ when word.EndsWith("YY", StringComparison.Ordinal) => Regex.Escape(word[..^2]) + "(?:19|20)?[0-9]{2}",
            _ => Regex.Escape(word),
        }));
    }

    private static Data Load()
    {
        var data = new Data([], [], [], []);
        foreach (var id in SystemZoneIds())
        {
            var city = SearchText.Fold(id[(id.LastIndexOf('/') + 1)..].Replace('_', ' '));
            if (!NotPlaces.Contains(city)) data.Places.TryAdd(city, id);
        }
        using var stream = typeof(ZoneHints).Assembly.GetManifestResourceStream("zone-hints.tsv")
            ?? throw new InvalidOperationException("zone-hints.tsv is not embedded in the importer.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "place": data.Places[parts[1]] = parts[2]; break;
                case "tld": data.Domains[parts[1]] = parts[2]; break;
                case "calendar": data.CalendarWords.Add(parts[1..5]); break;
                case "offset": data.OffsetZones.Add(parts[1]); break;
            }
        }
        return data;
    }

    /// <summary>The platform's IANA ids of real places (Europe/Berlin, America/Argentina/Buenos_Aires), not Etc/GMT+3 or US/Eastern.</summary>
    private static IEnumerable<string> SystemZoneIds()
    {
        string[] regions = ["Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/"];
        return TimeZoneInfo.GetSystemTimeZones().Select(zone => zone.Id)
            .Where(id => regions.Any(region => id.StartsWith(region, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
    }
}
