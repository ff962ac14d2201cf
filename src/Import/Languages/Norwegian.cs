namespace CourseFunctions.Import;

/// <summary>Norwegian: the schedule words CLDR lacks.</summary>
internal sealed class NorwegianLanguage : PageLanguage
{
    public override string Code => "nb";

    public override string[] WeekWords => ["uke"];

    public override string[] Aliases => [@"no", @"nn"];

    public override string? Zone => "Europe/Oslo";

    public override string[] CommonWords => [@"og", @"ikke", @"med", @"til", @"som", @"forelesning", @"seminar", @"uke", @"innlevering", @"av"];

    public override string[] CancellationPhrases => [@"ingen\s+(?:forelesning|undervisning|seminar)", @"avlyst", @"\w*ferie"];

    public override string[] ScheduleHeadings => [@"forelesningsplan", @"timeplan", @"undervisningsplan", @"semesterplan", @"plan"];

    public override string[] InformationHeadings => [@"praktisk informasjon", @"informasjon"];

    public override string[] ExamWords => [@"eksamen"];
}
