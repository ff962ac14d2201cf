namespace CourseFunctions.Import;

/// <summary>
/// How sure an import is, from what it read against what it left: the share of the page's dated rows that became
/// sessions (the chosen block's rows, against the dates of the rival blocks it did not use and the chosen block's rows
/// it skipped), lowered by each fact taken on trust (a year nothing on the page states moves every date, a default zone
/// every time) and by the chosen block's other warnings (rows read in part). A page that yields no session is no
/// schedule read: 0.
/// </summary>
internal static class ImportConfidence
{
    private const double YearGuessPenalty = 0.4;
    private const double DefaultZonePenalty = 0.1;
    private const double PenaltyPerRowWarning = 0.02;
    private const double MostForRowWarnings = 0.2;

    /// <param name="read">Dated rows of the chosen block that became sessions.</param>
    /// <param name="unusedDates">Dates carried by the rival blocks that were not chosen (not those known as no meetings).</param>
    /// <param name="skippedRows">Rows of the chosen block left out (no date, or one that does not read).</param>
    /// <param name="rowWarnings">The chosen block's other warnings.</param>
    public static double Of(int read, int unusedDates, int skippedRows, int rowWarnings, bool yearIsGuess, bool zoneIsDefault)
    {
        if (read == 0) return 0;
        var coverage = (double)read / (read + unusedDates + skippedRows);
        var trust = 1 - (yearIsGuess ? YearGuessPenalty : 0) - (zoneIsDefault ? DefaultZonePenalty : 0)
            - Math.Min(MostForRowWarnings, rowWarnings * PenaltyPerRowWarning);
        return Math.Round(coverage * trust, 2);
    }
}
