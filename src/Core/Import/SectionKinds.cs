using System.Text.RegularExpressions;

namespace CourseFunctions.Core.Import;

internal enum SectionKind { Unknown, Information, Description, Evaluation, Literature, Schedule }

/// <summary>Recognises a section by the words of its heading, e.g. "Course Schedule", "Recommended literature".</summary>
internal static partial class SectionKinds
{
    [GeneratedRegex(@"\b(?:schedule|calendar|calendario|calendrier|cronograma|planning|timetable|lectures|sessions|programme|termine|lezioni|seances)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"\b(?:informations?|info|logistics|details|practical|organi[sz]ation|informacion|informac(?:ao|oes)|informazioni)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Information();

    [GeneratedRegex(@"\b(?:description|overview|about|summary|objectives|contents?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:evaluation|évaluation|grading|assessment|marking)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Evaluation();

    [GeneratedRegex(@"\b(?:literature|readings?|references|bibliography|textbooks?|books|resources)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Literature();

    public static SectionKind Of(string heading) => OfFolded(Slides.SearchText.Fold(heading));

    private static SectionKind OfFolded(string heading) =>
        Schedule().IsMatch(heading) ? SectionKind.Schedule
        : Information().IsMatch(heading) ? SectionKind.Information
        : Description().IsMatch(heading) ? SectionKind.Description
        : Evaluation().IsMatch(heading) ? SectionKind.Evaluation
        : Literature().IsMatch(heading) ? SectionKind.Literature
        : SectionKind.Unknown;
}
