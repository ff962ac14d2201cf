namespace CourseFunctions.Import;

/// <summary>Which rule of the time-zone stage (<see cref="TimeZoneStage"/>) gave the course's zone, in the order they are tried.</summary>
public enum ZoneRule
{
    /// <summary>A front-matter key naming the zone (<c>timezone:</c>, <c>tz:</c>, <c>zona_horaria:</c>).</summary>
    ZoneKey,

    /// <summary>An IANA id written in the page ("America/Chicago").</summary>
    ZoneId,

    /// <summary>An abbreviation, zone name or place written after a time or announced ("2:00-3:15pm CT", "All times are Eastern").</summary>
    WrittenZone,

    /// <summary>The institution or city the course is given at.</summary>
    Place,

    /// <summary>A guess: the region of the language tag the page states ("lang: es-MX", "README.zh-TW.md").</summary>
    LanguageRegion,

    /// <summary>A guess: the page keeps a country's academic calendar (Thanksgiving, a "Fall 2025" term; Quebec's "relâche").</summary>
    Calendar,

    /// <summary>A guess: the page is, clearly, in a language nearly every course of which meets in one zone.</summary>
    Language,

    /// <summary>A guess: the country-code domain most of the page's links end in.</summary>
    CountryDomain,

    /// <summary>A guess: the first usual zone that had the UTC offsets of the page's timestamps ("2025-03-31 00:00:00-07:00").</summary>
    Offset,

    /// <summary>Nothing on the page tells: the configured default.</summary>
    Default,
}

/// <summary>The course's zone, the rule that gave it and where on the page (for the provenance).</summary>
internal sealed record ZoneChoice(string Zone, ZoneRule Rule, string Source)
{
    public bool IsDefault => Rule == ZoneRule.Default;

    /// <summary>A zone taken from what the page hints at, not from what it says: said in the first warning.</summary>
    public bool IsGuess => Rule is ZoneRule.LanguageRegion or ZoneRule.Calendar or ZoneRule.Language or ZoneRule.CountryDomain or ZoneRule.Offset;

    /// <summary>What a guess was made from ("the US academic calendar (\"thanksgiving\")"), for its warning.</summary>
    public string? Why { get; init; }
}
