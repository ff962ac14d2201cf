namespace CourseFunctions.Import;

/// <summary>Dutch: the schedule words CLDR lacks.</summary>
internal sealed class DutchLanguage : PageLanguage
{
    public override string Code => "nl";

    public override string[] WeekWords => ["week", "wk"];

    public override string? Zone => "Europe/Amsterdam";

    public override string[] CommonWords => [@"het", @"een", @"van", @"en", @"met", @"niet", @"week", @"les", @"college", @"voor"];

    public override string[] CancellationPhrases => [@"geen\s+(?:les|lessen|college|colleges)", @"vakantie", @"feestdag", @"vrije\s+dag"];

    public override string[] ScheduleHeadings => [@"planning", @"rooster", @"lesrooster", @"weekplanning", @"agenda"];

    public override string[] InformationHeadings => [@"informatie", @"praktisch"];

    public override string[] ExamWords => [@"tentamen", @"examen", @"toets"];
}
