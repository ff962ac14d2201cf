using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// Time zone: the course's zone from what the page says, the first rule that finds one wins (<see cref="ZoneRule"/>):
/// <list type="number">
/// <item>a front-matter key naming a zone, under any name (<c>timezone:</c>, <c>tz:</c>, <c>zona_horaria:</c>), or an IANA id in the text;</item>
/// <item>a zone abbreviation, zone name or place written after a time or announced ("2:00-3:15pm CT", "All times are
/// Eastern"), an ambiguous abbreviation (CST, IST) read with the country the page hints at;</item>
/// <item>the institution or city the course is given at (<see cref="PlaceZone"/>: the platform's zone ids and zone-hints.tsv);</item>
/// <item>guesses, said in the first warning: the US academic calendar (Thanksgiving, "Fall 2025"), a language nearly every
/// course of which meets in one zone (only when the page is clearly in it), the country domain of most links;</item>
/// <item>the configured default, flagged as such.</item>
/// </list>
/// </summary>
internal sealed class TimeZoneStage : IImportStage
{
    public string Name => "time zone";

    public void Run(ImportContext context) => context.TimeZone = Decide(context);

    private static ZoneChoice Decide(ImportContext context)
    {
        var (warnings, fallback) = (context.Warnings, context.Request.DefaultTimeZone);
        var country = CountryZone.For(context);

        foreach (var (key, value, line) in context.FrontMatter.ScalarsWhereKey(IsZoneKey))
        {
            if (CourseClock.IsKnownZone(value) && value.Contains('/'))
                return new ZoneChoice(value, ZoneRule.ZoneKey, $"the front matter's '{key}:' (line {line})");
            if (WrittenZone.ZoneOfWords(value, country?.Zone) is { } named)
                return new ZoneChoice(named.Zone, ZoneRule.ZoneKey, $"the front matter's '{key}:' (\"{WarningLog.Shown(value)}\", line {line})");
            warnings.AtLine(line, $"\"{WarningLog.Shown(value)}\" is not a known IANA time zone; the zone was taken from the rest of the page.");
        }
        context.ThrowIfCancelled();
        if (WrittenZone.Id(context.Source, context.Cancellation) is { } id)
            return new ZoneChoice(id.Zone, ZoneRule.ZoneId, $"the page's \"{WarningLog.Shown(id.Written)}\"");
        if (WrittenZone.Named(context.Source, country?.Zone, context.Cancellation) is { } written)
            return new ZoneChoice(written.Zone, ZoneRule.WrittenZone, $"the page's \"{WarningLog.Shown(written.Written)}\"");
        context.ThrowIfCancelled();
        if (PlaceZone.For(context) is { } place)
            return new ZoneChoice(place.Zone, ZoneRule.Place, $"the place \"{place.Place}\" in {place.Where}");
        // A country the page hints at whose zone is the configured default adds nothing to say.
        if (country is not null && country.Zone != fallback)
        {
            warnings.First($"The time zone {country.Zone} is a guess from {country.Why}: the page names no zone. Set '{ImportProvenance.TimeZoneKey}:' "
                + $"in the front matter (e.g. '{ImportProvenance.TimeZoneKey}: America/Chicago') if the course meets elsewhere.");
            return new ZoneChoice(country.Zone, country.Rule, $"a guess from {country.Why} (set '{ImportProvenance.TimeZoneKey}:' in the front matter)");
        }
        return new ZoneChoice(fallback, ZoneRule.Default, $"default (set '{ImportProvenance.TimeZoneKey}:' in the front matter)");
    }

    /// <summary>A front-matter key that names the zone: "timezone", "time_zone", "tz", "zona_horaria", "Zeitzone", "fuso_horario".</summary>
    private static bool IsZoneKey(string key) =>
        key is "tz" or "zone" or "timezone" || key.Contains("zone", StringComparison.Ordinal) || key.Contains("zona", StringComparison.Ordinal)
        || key.Contains("fuso", StringComparison.Ordinal) || key.Contains("huso", StringComparison.Ordinal);
}
