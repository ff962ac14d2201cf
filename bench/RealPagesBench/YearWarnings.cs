using CourseFunctions.Import;

namespace CourseFunctions.RealPagesBench;

/// <summary>
/// What the importer's warnings say about the year, read from their text until ImportResult says where the year came
/// from. The phrases are today's ("The page gives no year ...", "The weekdays ... fit 2029, not 2028 as the page says").
/// </summary>
internal static class YearWarnings
{
    public static bool SaysYearUnknown(IEnumerable<ImportWarning> warnings) =>
        warnings.Any(w => w.Message.Contains("no year", StringComparison.OrdinalIgnoreCase)
            || w.Message.Contains("year is not known", StringComparison.OrdinalIgnoreCase)
            || w.Message.Contains("year unknown", StringComparison.OrdinalIgnoreCase));

    public static bool MentionYear(IEnumerable<ImportWarning> warnings) =>
        warnings.Any(w => w.Message.Contains("year", StringComparison.OrdinalIgnoreCase));
}
