using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>The course's time zone: the front matter's, else the one the class times are written in ("9 am–noon PDT"), else the default.</summary>
internal static partial class CourseTimeZone
{
    [GeneratedRegex(@"\b[A-Z]{2,4}\b", RegexOptions.NonBacktracking)]
    private static partial Regex CapitalWord();

    public static (string Zone, string Source, bool IsDefault) For(ImportContext context)
    {
        var (warnings, fallback) = (context.Warnings, context.Request.DefaultTimeZone);
        var declared = context.FrontMatter.GetString("timezone", "time_zone", "tz");
        if (declared is null && context.ClassTimesText is { } classTimesText
            && CapitalWord().Matches(classTimesText).Select(word => Vocabulary.ZoneAbbreviations.GetValueOrDefault(word.Value)).FirstOrDefault(zone => zone is not null) is { } written)
        {
            warnings.AtLine(null, $"The class times are written in {written}'s time, so the course uses that zone; add 'timezone:' to the front matter to be sure.");
            return (written, "the zone the class times are written in", false);
        }
        if (declared is null && context.PageLanguage is { Zone: { } languageZone } language)
        {
            warnings.AtLine(null, $"The page names no time zone; {languageZone} is the zone courses taught in its language ({language.Code}) meet in. "
                + $"Add '{ImportProvenance.TimeZoneKey}:' to the front matter to be sure.");
            return (languageZone, $"the page's language ({language.Code}, from {context.LanguageSource}); set '{ImportProvenance.TimeZoneKey}:' to be sure", false);
        }
        var byDefault = $"default (set '{ImportProvenance.TimeZoneKey}:' in the front matter)";
        if (declared is null) return (fallback, byDefault, true);
        if (Core.Courses.CourseClock.IsKnownZone(declared)) return (declared, $"the front matter's '{ImportProvenance.TimeZoneKey}:'", false);
        warnings.AtLine(null, $"\"{declared}\" is not a known IANA time zone; used {fallback}.");
        return (fallback, byDefault, true);
    }
}
