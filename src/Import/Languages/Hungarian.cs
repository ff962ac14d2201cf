namespace CourseFunctions.Import;

/// <summary>Hungarian: the schedule words CLDR lacks.</summary>
internal sealed class HungarianLanguage : PageLanguage
{
    public override string Code => "hu";

    public override string? Zone => "Europe/Budapest";

    public override string[] CommonWords => [@"es", @"a", @"az", @"nem", @"hogy", @"eloadas", @"het", @"gyakorlat", @"egy", @"van"];

    public override string[] CancellationPhrases => [@"nincs\s+(?:eloadas|ora|gyakorlat)", @"elmarad", @"szunet", @"unnep"];

    public override string[] ScheduleHeadings => [@"menetrend", @"utemterv", @"orarend"];

    public override string[] InformationHeadings => [@"informaciok", @"tudnivalok"];

    public override string[] ExamWords => [@"vizsga", @"zh", @"zarthelyi"];
}
