namespace CourseFunctions.Import;

/// <summary>Swedish: the schedule words CLDR lacks.</summary>
internal sealed class SwedishLanguage : PageLanguage
{
    public override string Code => "sv";

    public override string[] WeekWords => ["vecka", "v"];

    public override string? Zone => "Europe/Stockholm";

    public override string[] CommonWords => [@"och", @"inte", @"med", @"till", @"som", @"forelasning", @"vecka", @"lektion", @"av", @"for"];

    public override string[] CancellationPhrases => [@"ingen\s+(?:forelasning|undervisning|lektion)", @"installd", @"lov"];

    public override string[] ScheduleHeadings => [@"schema", @"kursplan", @"tidsplan", @"planering"];

    public override string[] InformationHeadings => [@"information", @"praktisk information"];

    public override string[] ExamWords => [@"tenta", @"tentamen"];
}
