namespace CourseFunctions.Import;

/// <summary>Finnish: the schedule words CLDR lacks.</summary>
internal sealed class FinnishLanguage : PageLanguage
{
    public override string Code => "fi";

    public override string[] WeekWords => ["viikko", "vk"];

    public override string? Zone => "Europe/Helsinki";

    public override string[] CommonWords => [@"ja", @"on", @"ei", @"tai", @"luento", @"viikko", @"tehtavat", @"kurssi", @"kanssa", @"sekä"];

    public override string[] CancellationPhrases => [@"ei\s+(?:luentoa|opetusta)", @"peruttu", @"loma"];

    public override string[] ScheduleHeadings => [@"aikataulu", @"luentoaikataulu", @"ohjelma"];

    public override string[] InformationHeadings => [@"yleista", @"tiedot"];

    public override string[] ExamWords => [@"tentti", @"koe"];
}
