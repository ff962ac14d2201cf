namespace CourseFunctions.Import;

/// <summary>Portuguese: the schedule words CLDR lacks.</summary>
internal sealed class PortugueseLanguage : PageLanguage
{
    public override string Code => "pt";

    public override string[] WeekWords => ["semana", "sem"];

    public override string? Zone => "America/Sao_Paulo";

    public override string[] CommonWords => [@"nao", @"aula", @"aulas", @"com", @"uma", @"para", @"feira", @"segunda", @"terca", @"quarta",
        @"quinta", @"sexta", @"semana", @"do", @"da"];

    public override string[] CancellationPhrases => [@"sem\s+aulas?", @"nao\s+havera\s+aulas?", @"nao\s+ha\s+aulas?", @"aula\s+cancelada",
        @"feriado", @"recesso\w*", @"ponto\s+facultativo", @"carnaval"];

    public override string[] ScheduleHeadings => [@"cronograma", @"calendario", @"planejamento", @"aulas"];

    public override string[] InformationHeadings => [@"informacoes", @"informacoes gerais"];

    public override string[] ExamWords => [@"prova", @"avaliacao", @"exame"];
}
