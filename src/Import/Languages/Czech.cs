namespace CourseFunctions.Import;

/// <summary>Czech: the schedule words CLDR lacks.</summary>
internal sealed class CzechLanguage : PageLanguage
{
    public override string Code => "cs";

    public override string[] WeekWords => ["tyden"];

    public override string? Zone => "Europe/Prague";

    public override string[] CommonWords => [@"a", @"je", @"se", @"na", @"prednaska", @"tyden", @"cviceni", @"pro", @"neni", @"ze"];

    public override string[] CancellationPhrases => [@"(?:prednaska|vyuka|cviceni)\s+odpada", @"odpada", @"svatek", @"\w*prazdniny"];

    public override string[] ScheduleHeadings => [@"harmonogram", @"rozvrh", @"program", @"prednasky"];

    public override string[] InformationHeadings => [@"informace", @"organizace"];

    public override string[] ExamWords => [@"zkouska", @"test"];
}
