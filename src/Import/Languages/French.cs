namespace CourseFunctions.Import;

/// <summary>French: the schedule words CLDR lacks.</summary>
internal sealed class FrenchLanguage : PageLanguage
{
    public override string Code => "fr";

    public override string[] WeekWords => ["semaine", "sem"];

    public override string? Zone => "Europe/Paris";

    public override string[] CommonWords => [@"le", @"la", @"les", @"et", @"des", @"du", @"cours", @"semaine", @"pas", @"avec"];

    public override string[] CancellationPhrases => [@"pas\s+de\s+(?:cours|seance|td|tp)", @"cours\s+annule", @"annule", @"jour\s+ferie",
        @"ferie", @"vacances", @"conge"];

    public override string[] ScheduleHeadings => [@"calendrier", @"planning", @"seances", @"programme", @"deroulement"];

    public override string[] InformationHeadings => [@"informations", @"organisation", @"modalites"];

    public override string[] ExamWords => [@"examen", @"partiel", @"controle"];
}
