using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Sessions that do not take place, in the words real pages use: each language's file, a holiday named alone, a marker
/// after a full stop, a data entry's flag or value; and a warning for a row that reads like a day off but is not marked.
/// Each page is our own, modelled on the real page (bench/real-pages) named beside it.
/// </summary>
public class CancellationTests
{
    private static ImportResult Import(string page, string? fileName = null) => TestPages.Import(page, courseId: "course", fileName: fileName);

    private static string[] Cancelled(ImportResult result) =>
        [.. result.Sessions.Where(session => session.Status == SessionStatus.Cancelled).Select(session => session.Date.ToString("MM-dd"))];

    // Modelled on LorenaTH/POO-AD18-A1 calendario.md and brmoreno/POO-AD19-A1 calendario.md: unnumbered rows that say
    // "NO HAY SESIÓN" (with a reading to do instead) between the numbered sessions.
    [Fact]
    public void A_spanish_row_with_no_hay_sesion_is_cancelled()
    {
        var page = """
            # Calendario

            | S | Fecha    | Actividad                         |
            |---|----------|-----------------------------------|
            | 1 | 06/08/31 | Presentación del curso            |
            | 2 | 13/08/31 | Formas y color                    |
            |   | 20/08/31 | NO HAY SESIÓN: Lectura 1          |
            |   | 27/08/31 | NO HAY SESION                     |
            | 3 | 03/09/31 | Estructura y organización         |
            """;
        Assert.Equal(["08-20", "08-27"], Cancelled(Import(page)));
    }

    // Modelled on fjavier-hernandez/cloud docs/calendario.md (Spain: "No lectiva prevista (vacaciones)") and
    // jzavalar/analisis-de-decisiones docs/calendario.md (Mexico: "Descanso obligatorio").
    [Theory]
    [InlineData("*No lectiva prevista* (vacaciones)")]
    [InlineData("Descanso obligatorio")]
    [InlineData("Vacaciones de invierno")]
    public void Spanish_days_without_teaching_are_cancelled(string note)
    {
        var page = $"""
            # Calendario del curso

            | Quincena | Fecha | Tema |
            | --- | --- | --- |
            | Q1 | 22-sep-2031 | Acceso y conceptos |
            | — | 29-sep-2031 | {note} |
            | Q2 | 6-oct-2031 | Seguridad |
            """;
        Assert.Equal(["09-29"], Cancelled(Import(page)));
    }

    // Modelled on jhroy/syllabus-edm5240-H2017 calendrier.md (UQAM, Montreal): a class "levé" is called off, and the
    // winter reading week is the "semaine d'activités libres" (elsewhere in Quebec the "semaine de relâche").
    [Fact]
    public void Quebec_french_cancellations_are_read()
    {
        var page = """
            # Calendrier

            | # | Date | Contenu |
            |---|---|---|
            | 01 | 11 janv. 2031 | Syllabus |
            | 02 | 18 janv. 2031 | *cours levé* |
            | 03 | 25 janv. 2031 | Intro à UNIX |
            | 04 | 1<sup>er</sup> févr. 2031 | *Semaine d'activités libres* |
            | 05 | 8 févr. 2031 | Python 1 |
            | 06 | 15 févr. 2031 | Semaine de relâche |
            """;
        Assert.Equal(["01-18", "02-01", "02-15"], Cancelled(Import(page)));
    }

    // Modelled on caodg/oo docs/schedule.md ("校历停课": the school calendar stops classes) and
    // yangchihyuan/yangchihyuan.github.io courses/HealthLanguage2024_respiratory_therapy.md ("清明連假" in a planning column
    // beside an empty topic): Chinese writes no space between words, so its phrases stand anywhere in the text.
    [Fact]
    public void Chinese_phrases_cancel_inside_longer_text()
    {
        var page = """
            # 课程安排

            序号 | 时间 | 内容 | 預定事項
            -- | --- | --- | ---
            01 | 2031年2月20日 | 课程介绍 |
            02 | 2031年2月27日 | 校历停课 |
            03 | 2031年3月6日 | | 清明連假
            04 | 2031年3月13日 | 需求分析 |
            """;
        Assert.Equal(["02-27", "03-06"], Cancelled(Import(page)));
    }

    // Modelled on birkenkrahe/ai482 schedule.org: a US page whose holiday rows name the holiday alone, decorated
    // ("--LABOR DAY--", "--THANKSGIVING--"), in every column.
    [Fact]
    public void A_holiday_named_alone_cancels_its_row()
    {
        var page = """
            #+TITLE: Schedule

            | No | DATE       | PRESENTATIONS       |
            |----+------------+---------------------|
            |  1 | Wed-3-Sep  | Course overview     |
            |  2 | Fri-5-Sep  | What is AI?         |
            |  3 | Mon-8-Sep  | --LABOR DAY--       |
            |  4 | Wed-10-Sep | History of AI       |
            |  5 | Fri-12-Sep | Memorial Day        |
            """;
        Assert.Equal(["09-08", "09-12"], Cancelled(Import(page, "schedule.org")));
    }

    // A marker that opens a sentence after a full stop in the cell: the cell's first words are the topic it would have had.
    [Fact]
    public void A_marker_after_a_full_stop_cancels_the_row()
    {
        var page = """
            | Date | Topic |
            |---|---|
            | Jan 8, 2031 | Introduction |
            | Jan 15, 2031 | Guest talk moved to March. No lecture this week |
            | Jan 22, 2031 | Search |
            """;
        var result = Import(page);
        Assert.Equal(["01-15"], Cancelled(result));
    }

    // Modelled on the holiday rows of US pages that mention a holiday inside a topic (a quiz before Thanksgiving): the
    // session stays on, and a warning with the row's line says it may be a cancellation.
    [Fact]
    public void A_row_that_only_mentions_a_holiday_stays_scheduled_with_a_warning()
    {
        var page = """
            | Date | Topic |
            |---|---|
            | Nov 19, 2031 | Graphs |
            | Nov 24, 2031 | Review and quiz before Thanksgiving |
            | Dec 1, 2031 | Trees |
            """;
        var result = Import(page);
        Assert.Empty(Cancelled(result));
        var warning = Assert.Single(result.Warnings, warning => warning.Message.Contains("may be a cancellation", StringComparison.Ordinal));
        Assert.Equal(4, warning.Line);
        Assert.Contains("2031-11-24", warning.Message, StringComparison.Ordinal);
    }

    // Modelled on ComputingElevatedLab/sciviscourse _data/schedule.yml: a Jekyll data file whose entries have a name, a
    // description and, for days off, "dayoff: true".
    [Fact]
    public void A_data_entry_flagged_dayoff_is_cancelled()
    {
        var page = """
            - name: Class introduction
              date: Monday, Jan 6, 2031
              description: Course logistics.

            - name: Martin Luther King Jr. Day
              date: Monday, Jan 20, 2031
              dayoff: true

            - name: Weather
              date: Wednesday, Jan 22, 2031
              description: Campus closed due to weather conditions
              holiday: yes

            - name: The visualization pipeline
              date: Monday, Jan 27, 2031
              dayoff: false
            """;
        var result = Import(page, "schedule.yml");
        Assert.Equal(["01-20", "01-22"], Cancelled(result));
        Assert.Equal(["Class introduction"], result.Sessions[0].Topics);
    }

    // Modelled on paradigmas-fmi/web _data/calendario.yml: a data file of weeks whose Tuesday and Thursday entries carry
    // their date and a key of their own ("noclases") whose value says there is no class.
    [Fact]
    public void A_data_entry_whose_own_value_is_a_marker_is_cancelled()
    {
        var page = """
            - semana: 1
              martes:
                fecha: "18/08/2031"
                teorica: "Presentación de la materia"
              jueves:
                fecha: "20/08/2031"
                teorica: "Objetos y clases"
            - semana: 2
              martes:
                fecha: "25/08/2031"
                parcial: "Parcial 1"
              jueves:
                fecha: "27/08/2031"
                noclases: "NO HAY CLASES"
            """;
        Assert.Equal(["08-27"], Cancelled(Import(page, "calendario.yml")));
    }
}
