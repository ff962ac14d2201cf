namespace CourseFunctions.Import;

/// <summary>Slovak: the schedule words CLDR lacks.</summary>
internal sealed class SlovakLanguage : PageLanguage
{
    public override string Code => "sk";

    public override string[] WeekWords => ["tyzden"];

    public override string? Zone => "Europe/Bratislava";

    public override string[] CommonWords => [@"a", @"je", @"sa", @"na", @"prednaska", @"tyzden", @"cvicenie", @"pre", @"nie", @"zo"];

    public override string[] CancellationPhrases => [@"(?:prednaska|vyucba|cvicenie)\s+odpada", @"odpada", @"sviatok", @"\w*prazdniny"];

    public override string[] ScheduleHeadings => [@"harmonogram", @"rozvrh", @"program", @"prednasky"];

    public override string[] InformationHeadings => [@"informacie", @"organizacia"];

    public override string[] ExamWords => [@"skuska", @"test"];
}
