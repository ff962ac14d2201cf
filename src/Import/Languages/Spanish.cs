namespace CourseFunctions.Import;

/// <summary>Spanish: the schedule words CLDR lacks.</summary>
internal sealed class SpanishLanguage : PageLanguage
{
    public override string Code => "es";

    public override string[] WeekWords => ["semana", "sem"];

    public override string[] CommonWords => [@"el", @"los", @"las", @"del", @"clase", @"clases", @"con", @"una", @"semana", @"lunes", @"martes",
        @"jueves", @"viernes"];

    public override string[] CancellationPhrases =>
    [
        @"sin\s+(?:clases?|sesion(?:es)?)", @"no\s+hay\s+(?:clases?|sesion(?:es)?)", @"no\s+habra\s+(?:clases?|sesion(?:es)?)",
        @"(?:clase|sesion)\s+(?:suspendida|cancelada)", @"suspension\s+de\s+clases?", @"feriado", @"festivo", @"asueto", @"receso",
        @"vacaciones", @"semana\s+santa", @"dia\s+no\s+laborable", @"descanso", @"dia\s+de\s+descanso", @"descanso\s+obligatorio",
        // Spain: a day with no teaching is "no lectivo" ("*No lectiva prevista* (vacaciones)").
        @"(?:dia\s+|jornada\s+)?no\s+lectiv[oa]s?", @"ano\s+nuevo",
    ];

    public override string[] HolidayNames => [@"natalicio\s+de\s+benito\s+juarez", @"revolucion\s+mexicana", @"dia\s+de\s+muertos", @"navidad"];

    public override string[] ScheduleHeadings => [@"calendario", @"cronograma", @"planificacion", @"programacion", @"clases"];

    public override string[] InformationHeadings => [@"informacion", @"datos generales"];

    public override string[] ExamWords => [@"examen", @"parcial", @"recuperatorio", @"final"];
}
