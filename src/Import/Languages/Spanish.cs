namespace CourseFunctions.Import;

/// <summary>Spanish: the schedule words CLDR lacks.</summary>
internal sealed class SpanishLanguage : PageLanguage
{
    public override string Code => "es";

    public override string[] WeekWords => ["semana", "sem"];

    public override string[] CommonWords => [@"el", @"los", @"las", @"del", @"clase", @"clases", @"con", @"una", @"semana", @"lunes", @"martes",
        @"jueves", @"viernes"];

    public override string[] CancellationPhrases => [@"sin\s+clases?", @"no\s+hay\s+clases?", @"clase\s+suspendida", @"suspension\s+de\s+clases?",
        @"feriado", @"festivo", @"asueto", @"receso", @"semana\s+santa", @"dia\s+no\s+laborable", @"ano\s+nuevo"];

    public override string[] ScheduleHeadings => [@"calendario", @"cronograma", @"planificacion", @"programacion", @"clases"];

    public override string[] InformationHeadings => [@"informacion", @"datos generales"];

    public override string[] ExamWords => [@"examen", @"parcial", @"recuperatorio", @"final"];
}
