using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

internal enum SectionKind { Unknown, Information, Description, Evaluation, Literature, Schedule }

/// <summary>Recognises a section by the words of its heading, e.g. "Course Schedule", "Recommended literature".</summary>
internal static class SectionKinds
{
    private static readonly Regex SchedulePattern = Vocabulary.AnyWord(Vocabulary.ScheduleHeadings);
    private static Regex Schedule() => SchedulePattern;

    private static readonly Regex InformationPattern = Vocabulary.AnyWord(Vocabulary.InformationHeadings);
    private static Regex Information() => InformationPattern;

    private static readonly Regex DescriptionPattern = Vocabulary.AnyWord(Vocabulary.DescriptionHeadings);
    private static Regex Description() => DescriptionPattern;

    private static readonly Regex EvaluationPattern = Vocabulary.AnyWord(Vocabulary.EvaluationHeadings);
    private static Regex Evaluation() => EvaluationPattern;

    private static readonly Regex LiteraturePattern = Vocabulary.AnyWord(Vocabulary.LiteratureHeadings);
    private static Regex Literature() => LiteraturePattern;

    public static SectionKind Of(string heading) => OfFolded(Core.Slides.SearchText.Fold(heading));

    private static SectionKind OfFolded(string heading) =>
        Schedule().IsMatch(heading) ? SectionKind.Schedule
        : Information().IsMatch(heading) ? SectionKind.Information
        : Description().IsMatch(heading) ? SectionKind.Description
        : Evaluation().IsMatch(heading) ? SectionKind.Evaluation
        : Literature().IsMatch(heading) ? SectionKind.Literature
        : SectionKind.Unknown;
}
