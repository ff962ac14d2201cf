namespace CourseFunctions.Import;

/// <summary>Ukrainian: the schedule words CLDR lacks.</summary>
internal sealed class UkrainianLanguage : PageLanguage
{
    public override string Code => "uk";

    public override string? Zone => "Europe/Kyiv";

    public override string[] CommonWords => [@"і", @"в", @"на", @"не", @"з", @"лекція", @"тиждень", @"для", @"що", @"заняття"];

    public override string[] CancellationPhrases => [@"немає\s+занять", @"заняття\s+скасовано", @"скасовано", @"свято", @"канікули"];

    public override string[] ScheduleHeadings => [@"розклад", @"програма", @"план"];

    public override string[] InformationHeadings => [@"інформація", @"організація"];

    public override string[] ExamWords => [@"іспит", @"екзамен", @"залік"];
}
