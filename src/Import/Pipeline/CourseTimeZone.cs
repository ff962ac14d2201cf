using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// The course's time zone, from what the page says, in this order: a front-matter key naming a zone (under any name:
/// <c>timezone:</c>, <c>tz:</c>, <c>zona_horaria:</c>); a zone written in the text (an IANA id, or an abbreviation or
/// place after a time); the institution or city the course is given at; the country the page comes from (a guess,
/// said in the first warning); else the configured default. The page's country reads ambiguous abbreviations (CST).
/// </summary>
internal static class CourseTimeZone
{
    public sealed record Choice(string Zone, string Source, bool IsDefault, bool IsGuess);

    public static Choice For(ImportContext context)
    {
        var (warnings, fallback) = (context.Warnings, context.Request.DefaultTimeZone);
        var country = CountryZone.For(context);

        foreach (var (key, value, line) in context.FrontMatter.ScalarsWhereKey(IsZoneKey))
        {
            if (CourseClock.IsKnownZone(value) && value.Contains('/')) return new Choice(value, $"the front matter's '{key}:' (line {line})", false, false);
            if (WrittenZone.ZoneOfWords(value, country?.Zone) is { } named)
                return new Choice(named.Zone, $"the front matter's '{key}:' (\"{WarningLog.Shown(value)}\", line {line})", false, false);
            warnings.AtLine(line, $"\"{WarningLog.Shown(value)}\" is not a known IANA time zone; the zone was taken from the rest of the page.");
        }
        context.ThrowIfCancelled();
        if (WrittenZone.In(context.Source, country?.Zone, context.Cancellation) is { } written)
            return new Choice(written.Zone, $"the page's \"{WarningLog.Shown(written.Written)}\"", false, false);
        context.ThrowIfCancelled();
        if (PlaceZone.For(context) is { } place)
            return new Choice(place.Zone, $"the place \"{place.Place}\" in {place.Where}", false, false);
        // A country the page hints at whose zone is the configured default adds nothing to say.
        if (country is not null && country.Zone != fallback)
        {
            warnings.First($"The time zone {country.Zone} is a guess from {country.Why}: the page names no zone. "
                + $"Set '{ImportProvenance.TimeZoneKey}:' in the front matter (e.g. '{ImportProvenance.TimeZoneKey}: America/Chicago') if the course meets elsewhere.");
            return new Choice(country.Zone, $"a guess from {country.Why} (set '{ImportProvenance.TimeZoneKey}:' in the front matter)", false, true);
        }
        return new Choice(fallback, $"default (set '{ImportProvenance.TimeZoneKey}:' in the front matter)", true, false);
    }

    /// <summary>A front-matter key that names the zone: "timezone", "time_zone", "tz", "zona_horaria", "Zeitzone", "fuso_horario".</summary>
    private static bool IsZoneKey(string key) =>
        key is "tz" or "zone" or "timezone" || key.Contains("zone", StringComparison.Ordinal) || key.Contains("zona", StringComparison.Ordinal)
        || key.Contains("fuso", StringComparison.Ordinal) || key.Contains("huso", StringComparison.Ordinal);
}
