namespace CourseFunctions.Import;

/// <summary>
/// How sure an import is, from what the reader knows at its end. A page that yields no session is no schedule read
/// (0); each fact taken on trust lowers it: a year nothing on the page states moves every date, a default zone every
/// time. The importer's chooser refines this once its candidates are scored.
/// </summary>
internal static class ImportConfidence
{
    private const double YearGuessPenalty = 0.4;
    private const double DefaultZonePenalty = 0.1;

    public static double Of(int sessions, bool yearIsGuess, bool zoneIsDefault) =>
        sessions == 0 ? 0 : 1 - (yearIsGuess ? YearGuessPenalty : 0) - (zoneIsDefault ? DefaultZonePenalty : 0);
}
