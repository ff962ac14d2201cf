using System.Text.RegularExpressions;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// The country a page comes from, as its main zone, when the page names no zone or place: the region of the language
/// tag it states ("lang: es-MX"); else an English page that keeps the US academic calendar ("Thanksgiving", "Labor Day",
/// "Spring Break", "Fall 2025"), a French one Quebec's ("semaine de relâche"), a Spanish one Argentina's ("cursada") or
/// Mexico's ("asueto"), a page in any language Germany's terms ("Wintersemester", "SoSe 2024"; zone-hints.tsv); else the
/// zone of its language, when nearly every course taught in it meets in one (<see cref="PageLanguage.ZoneOf"/>: German,
/// Japanese, Chinese in traditional script as Taiwan); else the country-code domain most of its links and addresses end
/// in (".cz", ".ar"). A guess, said as one.
/// </summary>
internal static partial class CountryZone
{
    [GeneratedRegex(@"(?:https?://|@)(?<host>[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8})", RegexOptions.NonBacktracking)]
    private static partial Regex Host();

    // "Fall 2025", "Fall Semester 2025": the US name of the autumn term.
    [GeneratedRegex(@"\bFall(?: (?:Semester|Term|Quarter))?,? (?:19|20)[0-9]{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex FallTerm();

    public sealed record Found(string Zone, ZoneRule Rule, string Why);

    /// <summary>
    /// The country the page hints at, the first of its signs that tells one: its language tag's region, an academic
    /// calendar, its language, its links' domain.
    /// </summary>
    public static Found? For(ImportContext context) =>
        RegionZone(context) ?? CalendarZone(context) ?? LanguageZone(context) ?? DomainZone(context.Source, context.Cancellation);

    /// <summary>
    /// The region of the language tag the page states ("lang: es-MX", "locale: de_AT", a file name's "README.zh-TW.md"):
    /// its country's main zone, the country-code table's (zone-hints.tsv). "en-US" and other regions of several zones
    /// the table leaves out give none.
    /// </summary>
    public static Found? RegionZone(ImportContext context)
    {
        var tag = context.FrontMatter.GetString("lang", "language", "locale") ?? FileNameTag(context.Request.FileName);
        var parts = tag?.Split('-', '_') ?? [];
        return parts.Length >= 2 && parts[^1] is { Length: 2 } region && region.All(char.IsAsciiLetter)
            && ZoneHints.CountryDomain(region.ToLowerInvariant()) is { } zone
            ? new Found(zone, ZoneRule.LanguageRegion, $"the region of the page's language tag ('{tag}')")
            : null;
    }

    /// <summary>The language tag of a multilingual site's file name ("README.zh-TW.md" gives "zh-TW").</summary>
    private static string? FileNameTag(string? fileName) =>
        Path.GetFileName(fileName ?? "").Split('.') is { Length: >= 3 } parts && parts[^2].Length is >= 4 and <= 6 ? parts[^2] : null;

    /// <summary>
    /// A page that keeps a country's academic calendar in its language: an English page (or one of no known language)
    /// with Thanksgiving or a "Fall 2025" term is a US course; a French one with a "semaine de relâche" a Quebec one; a
    /// page in any language that names a German term ("Wintersemester 2024/25", "SuSe24") a German one.
    /// </summary>
    public static Found? CalendarZone(ImportContext context)
    {
        var language = context.PageLanguage?.Code ?? "en";
        // A page whose language is not known (a table of topics, few common words) may still write a calendar word of its
        // own language ("ASUETO" rows): every calendar's words are tried on it, its own (English, as assumed) first.
        var calendars = ZoneHints.Calendars.Where(calendar => calendar.Language == language)
            .Concat(ZoneHints.Calendars.Where(calendar => calendar.Language == ZoneHints.AnyLanguage))
            .Concat(ZoneHints.Calendars.Where(calendar => context.PageLanguage is null && calendar.Language != language)).Distinct().ToList();
        if (calendars.Count == 0) return null;
        context.ThrowIfCancelled();
        var text = context.Source.All(char.IsAscii) ? context.Source : SearchText.Fold(context.Source);
        foreach (var calendar in calendars)
        {
            context.ThrowIfCancelled();
            if (calendar.Words.Match(text) is { Success: true } found)
                return new Found(calendar.Zone, ZoneRule.Calendar, $"the {calendar.Country} academic calendar (\"{Shown(found.Groups["phrase"].Value)}\")"
                    + (calendar.Country == "US" ? "; a US course meets in one of several zones" : ""));
        }
        // "Fall 2025": the US name of the autumn term.
        return language == "en" && FallTerm().Match(context.Source) is { Success: true } fall
            ? new Found("America/New_York", ZoneRule.Calendar, $"the US academic calendar (\"{fall.Value}\"); a US course meets in one of several zones")
            : null;
    }

    /// <summary>A phrase as its words, lower case, one space apart ("labor day").</summary>
    private static string Shown(string phrase) => string.Join(' ', SearchText.Words(phrase).Select(word => word.Term));

    /// <summary>
    /// The zone of the page's language, when nearly every course taught in it meets in one: a language the front matter
    /// states, or one the page's words tell beyond doubt (<see cref="LanguageDetector"/>'s strong evidence, never for a page in English).
    /// </summary>
    public static Found? LanguageZone(ImportContext context) =>
        context.PageLanguage is { } language && context.LanguageSteersZone && language.ZoneOf(context.Source) is var (spoken, form)
            ? new Found(spoken, ZoneRule.Language, $"the page's language ({language.Code}{(form is null ? "" : " " + form)}, from {context.LanguageSource})")
            : null;

    /// <summary>The zone of the country-code domain that most hosts end in, when it has more of them than all others together.</summary>
    public static Found? DomainZone(string text, CancellationToken cancellation)
    {
        var votes = new Dictionary<string, int>();
        var count = 0;
        foreach (Match host in Host().Matches(text))
        {
            if (++count % 64 == 0) cancellation.ThrowIfCancellationRequested();
            var name = host.Groups["host"].Value.ToLowerInvariant();
            var topLevel = name[(name.LastIndexOf('.') + 1)..];
            if (ZoneHints.CountryDomain(topLevel) is not null) votes[topLevel] = votes.GetValueOrDefault(topLevel) + 1;
        }
        if (votes.Count == 0) return null;
        var (winner, hosts) = votes.MaxBy(vote => vote.Value);
        return hosts * 2 > votes.Values.Sum()
            ? new Found(ZoneHints.CountryDomain(winner)!, ZoneRule.CountryDomain, $"the links' country domain (.{winner})")
            : null;
    }
}
