using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// A zone the page writes down: an IANA id ("America/Chicago"), or a zone abbreviation, zone name or place right
/// after a time ("2:00-3:15pm CT", "10:00 (CET)", "23:59 Qatar", "9am Pacific time") or after words that announce a
/// zone ("All times are Eastern", "Time zone: JST").
/// </summary>
internal static partial class WrittenZone
{
    [GeneratedRegex(@"\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\-]{2,30}(?:/[A-Za-z_\-]{2,30})?",
        RegexOptions.NonBacktracking)]
    private static partial Regex ZoneId();

    // A time with minutes, an "h" or a meridiem (a bare number is not one), or noon; then up to three words.
    [GeneratedRegex(@"(?:\b[0-9]{1,2}(?:[:.h][0-9]{2}[ ]?(?:[aApP]\.?[mM]\b\.?)?|[ ]?[aApP]\.?[mM]\b\.?|h\b)|\b(?:noon|midnight|midday))"
        + @"[ \t]*[(,]?[ \t]*(?<words>\p{L}+(?:[ \t]\p{L}+){0,2})", RegexOptions.NonBacktracking)]
    private static partial Regex AfterTime();

    [GeneratedRegex(@"(?:time[ \-]?zone|times are(?: in)?|times in|hora de|zeitzone|fuso hor[aá]rio|zona horaria|huso horario)"
        + @"[ \t]*[:=]?[ \t]*(?<words>\p{L}+(?:[ \t/]\p{L}+){0,2})", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedZone();

    public sealed record Found(string Zone, string Written);

    /// <summary>The first IANA id of a known zone the text writes down ("America/Chicago").</summary>
    public static Found? Id(string text, CancellationToken cancellation)
    {
        var count = 0;
        foreach (Match id in ZoneId().Matches(text))
        {
            if (++count % 64 == 0) cancellation.ThrowIfCancellationRequested();
            if (CourseClock.IsKnownZone(id.Value)) return new Found(id.Value, id.Value);
        }
        return null;
    }

    /// <summary>
    /// The first zone the text names after a time or after words that announce one, read with the page's country
    /// (<paramref name="countryZone"/>) where an abbreviation is ambiguous.
    /// </summary>
    public static Found? Named(string text, string? countryZone, CancellationToken cancellation)
    {
        var count = 0;
        foreach (var pattern in new[] { AnnouncedZone(), AfterTime() })
            foreach (Match match in pattern.Matches(text))
            {
                if (++count % 64 == 0) cancellation.ThrowIfCancellationRequested();
                if (ZoneOfWords(match.Groups["words"].Value, countryZone) is { } found) return found;
            }
        return null;
    }

    /// <summary>
    /// The zone named by the first of a few words: an abbreviation in capitals ("CET"), or a place or zone name
    /// ("Eastern time", "New York"), the longest first.
    /// </summary>
    public static Found? ZoneOfWords(string words, string? countryZone)
    {
        var parts = words.Split([' ', '\t', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        if (ZoneAbbreviations.Resolve(parts[0], countryZone) is { } abbreviated) return new Found(abbreviated, parts[0]);
        for (var length = Math.Min(parts.Length, ZoneHints.MaxPlaceWords); length > 0; length--)
        {
            var phrase = string.Join(' ', parts[..length]);
            if (ZoneHints.Place(SearchText.Fold(phrase)) is { } zone) return new Found(zone, phrase);
        }
        return null;
    }
}
