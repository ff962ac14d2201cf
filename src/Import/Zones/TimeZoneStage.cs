using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// Time zone: the course's zone from what the page says, the first rule that finds one wins (<see cref="ZoneRule"/>):
/// <list type="number">
/// <item>a front-matter key naming a zone, under any name (<c>timezone:</c>, <c>tz:</c>, <c>zona_horaria:</c>), or an IANA id in the text;</item>
/// <item>a zone abbreviation, zone name or place written after a time or announced ("2:00-3:15pm CT", "All times are
/// Eastern"), an ambiguous abbreviation (CST, IST) read with the country the page hints at;</item>
/// <item>the institution or city the course is given at (<see cref="PlaceZone"/>: the platform's zone ids and zone-hints.tsv);</item>
/// <item>guesses, said in the first warning: the region of the page's language tag ("lang: es-MX"), the US academic
/// calendar (Thanksgiving, "Fall 2025") and others, a language nearly every course of which meets in one zone (only when
/// the page is clearly in it), the country domain of most links;</item>
/// <item>the configured default, flagged as such.</item>
/// </list>
/// The UTC offsets of the page's timestamps then rule out a guess or the default that did not have them.
/// </summary>
internal sealed class TimeZoneStage : IImportStage
{
    public string Name => "time zone";

    public void Run(ImportContext context)
    {
        var choice = Constrained(context, Decide(context));
        if (choice.IsGuess)
            context.Warnings.First($"The time zone {choice.Zone} is a guess from {choice.Why}: the page names no zone. Set '{ImportProvenance.TimeZoneKey}:' "
                + $"in the front matter (e.g. '{ImportProvenance.TimeZoneKey}: America/Chicago') if the course meets elsewhere.");
        context.TimeZone = choice;
    }

    /// <summary>
    /// The zone held to the UTC offsets of the page's timestamps (<see cref="StampedOffsets"/>): a guess or the default
    /// they rule out gives way to the first zone that fits them, of the guess's region first ("America/…" for a US
    /// calendar); a zone the page states is kept, with a warning.
    /// </summary>
    private static ZoneChoice Constrained(ImportContext context, ZoneChoice choice)
    {
        var stamps = StampedOffsets.Find(context.Source, context.Cancellation);
        if (stamps.Count == 0 || StampedOffsets.Fit(choice.Zone, stamps)) return choice;
        var offsets = $"the UTC offset {StampedOffsets.Shown(stamps)} of the page's timestamps (\"{WarningLog.Shown(stamps[0].Written)}\")";
        var region = choice.IsDefault ? "" : choice.Zone[..(choice.Zone.IndexOf('/') + 1)];
        var fitting = choice.IsDefault || choice.IsGuess
            ? ZoneHints.OffsetZones.Where(zone => zone.StartsWith(region, StringComparison.Ordinal)).Concat(ZoneHints.OffsetZones)
                .FirstOrDefault(zone => StampedOffsets.Fit(zone, stamps))
            : null;
        if (fitting is null)
        {
            context.Warnings.AtLine(null, $"The time zone {choice.Zone} did not have {offsets} at their dates; the zone was kept.");
            return choice;
        }
        var why = choice.IsGuess ? $"{offsets} and {choice.Why}" : offsets;
        return new ZoneChoice(fitting, ZoneRule.Offset, $"a guess from {why} (set '{ImportProvenance.TimeZoneKey}:' in the front matter)") { Why = why };
    }

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
            return new ZoneChoice(country.Zone, country.Rule, $"a guess from {country.Why} (set '{ImportProvenance.TimeZoneKey}:' in the front matter)")
            {
                Why = country.Why,
            };
        return new ZoneChoice(fallback, ZoneRule.Default, $"default (set '{ImportProvenance.TimeZoneKey}:' in the front matter)");
    }

    /// <summary>A front-matter key that names the zone: "timezone", "time_zone", "tz", "zona_horaria", "Zeitzone", "fuso_horario".</summary>
    private static bool IsZoneKey(string key) =>
        key is "tz" or "zone" or "timezone" || key.Contains("zone", StringComparison.Ordinal) || key.Contains("zona", StringComparison.Ordinal)
        || key.Contains("fuso", StringComparison.Ordinal) || key.Contains("huso", StringComparison.Ordinal);
}
