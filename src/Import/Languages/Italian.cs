namespace CourseFunctions.Import;

/// <summary>Italian: the schedule words CLDR lacks.</summary>
internal sealed class ItalianLanguage : PageLanguage
{
    public override string Code => "it";

    public override string[] WeekWords => ["settimana", "sett"];

    public override string? Zone => "Europe/Rome";

    public override string[] CommonWords =>
    [
        @"il", @"della", @"delle", @"con", @"lezione", @"lezioni", @"settimana", @"non", @"per", @"del", @"argomenti",
        @"introduzione", @"esercitazioni",
    ];

    public override string[] CancellationPhrases =>
    [
        @"lezione\s+sospesa", @"niente\s+lezione", @"nessuna\s+lezione", @"non\s+c.e\s+lezione", @"sospesa", @"festivita",
        @"vacanze",
    ];

    public override string[] ScheduleHeadings => [@"calendario", @"lezioni", @"programma", @"orario"];

    public override string[] InformationHeadings => [@"informazioni"];

    public override string[] ExamWords => [@"esame", @"prova", @"appello"];
}
