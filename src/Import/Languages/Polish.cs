namespace CourseFunctions.Import;

/// <summary>Polish: the schedule words CLDR lacks.</summary>
internal sealed class PolishLanguage : PageLanguage
{
    public override string Code => "pl";

    public override string[] WeekWords => ["tydzien", "tydz"];

    public override string? Zone => "Europe/Warsaw";

    public override string[] CommonWords => [@"i", @"w", @"z", @"na", @"nie", @"wyklad", @"tydzien", @"zajecia", @"dla", @"oraz"];

    public override string[] CancellationPhrases => [@"brak\s+zajec", @"zajecia\s+odwolane", @"odwolane", @"dzien\s+wolny", @"swieto"];

    public override string[] ScheduleHeadings => [@"harmonogram", @"plan", @"terminarz", @"rozklad"];

    public override string[] InformationHeadings => [@"informacje", @"organizacja"];

    public override string[] ExamWords => [@"egzamin", @"kolokwium"];
}
