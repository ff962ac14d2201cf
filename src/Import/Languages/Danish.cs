namespace CourseFunctions.Import;

/// <summary>Danish: the schedule words CLDR lacks.</summary>
internal sealed class DanishLanguage : PageLanguage
{
    public override string Code => "da";

    public override string[] WeekWords => ["uge"];

    public override string? Zone => "Europe/Copenhagen";

    public override string[] CommonWords => [@"og", @"ikke", @"med", @"til", @"som", @"forelæsning", @"uge", @"undervisning", @"af", @"for"];

    public override string[] CancellationPhrases => [@"ingen\s+(?:forelaesning|undervisning)", @"aflyst", @"\w*ferie", @"undervisningsfri"];

    public override string[] ScheduleHeadings => [@"skema", @"lektionsplan", @"plan", @"undervisningsplan"];

    public override string[] InformationHeadings => [@"praktisk information", @"information"];

    public override string[] ExamWords => [@"eksamen"];
}
