using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Representation;
using System.Text.Json;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Zones from what a page says about itself when it names no zone: German term names, Argentine and Mexican academic
/// words, traditional Chinese script, the region of its language tag, and the UTC offsets of its timestamps, which
/// only ever narrow a guess. Each page is our own, modelled on the real page (bench/real-pages) named beside it.
/// </summary>
public class ZoneEvidenceTests
{
    private static ImportResult Import(string page, string? fileName = null) => TestPages.Import(page, courseId: "course", fileName: fileName);

    private static string FirstWarning(ImportResult result) => result.Warnings[0].Message;

    // Modelled on progwebtec/classes-module content/classes/ws2024/m1/schedule/index.md ("M1 WS 2024/2025", an English
    // page of a Berlin university) and ifmeo-hamburg/seaocn seaocn/overview/schedule.md ("# Schedule (SuSe24)").
    [Theory]
    [InlineData("Modelling WS 2031/2032 Wednesday Schedule")]
    [InlineData("Schedule (SuSe31)")]
    [InlineData("Data science, Wintersemester 2031/32")]
    public void A_german_term_name_on_an_english_page_is_a_guess_of_berlin(string title)
    {
        var page = $"""
            # {title}

            | Week | Date | Topic |
            | --- | --- | --- |
            | 1 | Wed 08/10/2031 | Visual computing |
            | 2 | Wed 15/10/2031 | Web technology |
            """;
        var result = Import(page);
        Assert.Equal("Europe/Berlin", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Calendar, result.Provenance!.TimeZoneRule);
        Assert.Contains("is a guess from the German academic calendar", FirstWarning(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_the_page_names_outweighs_a_german_term_name()
    {
        var page = """
            # Statistics, Wintersemester 2031/32

            The course is given at the University of Vienna, lecture hall 2.

            | Date | Topic |
            | --- | --- |
            | 08.10.2031 | Probability |
            | 15.10.2031 | Estimation |
            """;
        var result = Import(page);
        Assert.Equal("Europe/Vienna", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Place, result.Provenance!.TimeZoneRule);
    }

    // Modelled on dariomaranes/UAI-MDW-2026 docs/calendario.md ("la cursada", "recuperatorios": Argentine words) and
    // brmoreno/POO-AD19-A2 calendario.md ("ASUETO" rows: a Mexican word for a day off).
    [Theory]
    [InlineData("Se requiere el 70% de asistencia para aprobar la cursada; los recuperatorios son al final.", "America/Argentina/Buenos_Aires")]
    [InlineData("Las clases del curso son los martes; los días de asueto no hay sesión con el grupo.", "America/Mexico_City")]
    public void Argentine_and_mexican_academic_words_are_a_guess_of_their_country(string sentence, string zone)
    {
        var page = $"""
            # Calendario 2031

            {sentence}

            | # | Fecha | Clase |
            |---|---|---|
            | 1 | 12/08/2031 | Presentación de la materia y primer despliegue |
            | 2 | 19/08/2031 | La especificación como contrato |
            """;
        var result = Import(page);
        Assert.Equal(zone, result.Course.TimeZone);
        Assert.Equal(ZoneRule.Calendar, result.Provenance!.TimeZoneRule);
        Assert.StartsWith($"The time zone {zone} is a guess", FirstWarning(result), StringComparison.Ordinal);
    }

    // Modelled on brmoreno/POO-AD19-A2 calendario.md: a table of short topics in no language the reader can tell, whose
    // day-off rows say "ASUETO".
    [Fact]
    public void A_calendar_word_counts_on_a_page_of_no_known_language()
    {
        var page = """
            ## Calendario

            | S | Fecha    | Actividad             |
            |---|----------|-----------------------|
            | 1 | 05/08/31 | Processing            |
            | 2 | 08/08/31 | OOP / Proyecto 1      |
            |   | 12/08/31 | ASUETO                |
            | 3 | 15/08/31 | Box 2D                |
            """;
        var result = Import(page);
        Assert.Equal("America/Mexico_City", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Calendar, result.Provenance!.TimeZoneRule);
    }

    // Modelled on yangchihyuan/yangchihyuan.github.io courses/HealthLanguage2024_respiratory_therapy.md: a Taiwanese
    // course page in traditional script ("課程大綱", "時間與地點"), which the Chinese language file read as Shanghai's.
    [Theory]
    [InlineData("健康應用之程式語言", "時間與地點：每週五下午1:10至3:00，電腦教室。助教與答問時間請見課程網頁。", "課程大綱", "課程介紹與開發環境", "變數與運算式", "Asia/Taipei")]
    [InlineData("健康应用之程序设计", "时间与地点：每周五下午1:10至3:00，电脑教室。助教与答问时间请见课程网页。", "课程大纲", "课程介绍与开发环境", "变量与运算式", "Asia/Shanghai")]
    public void Chinese_in_traditional_script_is_read_in_taipei(string title, string intro, string heading, string first, string second, string zone)
    {
        var page = $"""
            ---
            title: "{title} 2031"
            ---

            #### {intro}

            #### {heading}

            |週次|日期 |主題 |
            |--- |--- |--- |
            |1 |2/21 | {first} |
            |2 |2/28 | {second} |
            """;
        var result = Import(page);
        Assert.Equal(zone, result.Course.TimeZone);
        Assert.Equal(ZoneRule.Language, result.Provenance!.TimeZoneRule);
    }

    // Modelled on ericbrasiln/cclhm0081 calendario.md ("lang: pt-BR"): a stated tag's region names the country.
    [Theory]
    [InlineData("lang: es-MX", "America/Mexico_City", ZoneRule.LanguageRegion)]
    [InlineData("lang: es_AR", "America/Argentina/Buenos_Aires", ZoneRule.LanguageRegion)]
    [InlineData("locale: de-AT", "Europe/Vienna", ZoneRule.LanguageRegion)]
    [InlineData("lang: en-US", "Europe/Paris", ZoneRule.Default)]
    public void The_region_of_a_stated_language_tag_is_a_guess_of_its_country(string tag, string zone, ZoneRule rule)
    {
        var page = $"""
            ---
            title: Curso
            {tag}
            ---

            | Fecha | Tema |
            |---|---|
            | 12/08/2031 | Presentación |
            | 19/08/2031 | Modelos |
            """;
        var result = Import(page);
        Assert.Equal(zone, result.Course.TimeZone);
        Assert.Equal(rule, result.Provenance!.TimeZoneRule);
    }

    // Modelled on UCSC-CSE-210A/spr25 schedule.md: a Jekyll page whose front matter lists the class days as timestamps
    // with the offset of Santa Cruz ("2025-03-31 00:00:00-07:00") and whose holiday (Memorial Day) made it a US page read
    // as New York. New York was at -04:00 then: the first usual zone of the Americas at -07:00 is Los Angeles.
    [Fact]
    public void Timestamp_offsets_narrow_a_guess_to_a_zone_that_had_them()
    {
        var page = """
            ---
            title: Schedule
            days:
              - 2031-03-31 00:00:00-07:00
              - 2031-04-02 00:00:00-07:00
            ---

            | Date | Topic |
            |---|---|
            | Mon 3/31/31 | Course overview |
            | Wed 4/2/31 | Induction |
            | Mon 5/26/31 | Memorial Day: no class |
            """;
        var result = Import(page);
        Assert.Equal("America/Los_Angeles", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Offset, result.Provenance!.TimeZoneRule);
        Assert.Contains("-07:00", FirstWarning(result), StringComparison.Ordinal);
        Assert.Contains("is a guess", FirstWarning(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamp_offsets_replace_a_default_they_rule_out()
    {
        var page = """
            | Date | Topic |
            |---|---|
            | 2031-01-14T10:00:00+05:30 | Introduction |
            | 2031-01-21T10:00:00+05:30 | Lambda calculus |
            """;
        var result = Import(page);
        Assert.Equal("Asia/Kolkata", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Offset, result.Provenance!.TimeZoneRule);
        Assert.False(result.Provenance.TimeZoneIsDefault);
    }

    [Theory]
    [InlineData("2031-01-14 10:00-12:00")]     // a range, no timestamp
    [InlineData("2031-01-14T10:00:00Z")]       // UTC as a machine writes it
    [InlineData("2031-01-14T10:00:00+01:00")]  // the default's own offset then
    public void Stamps_that_tell_nothing_leave_the_default(string stamp)
    {
        var page = $"""
            | Date | Topic |
            |---|---|
            | {stamp} | Introduction |
            | 2031-01-21 | Lambda calculus |
            """;
        var result = Import(page);
        Assert.Equal("Europe/Paris", result.Course.TimeZone);
        Assert.True(result.Provenance!.TimeZoneIsDefault);
    }

    [Fact]
    public void A_zone_the_page_states_is_kept_against_its_timestamps_with_a_warning()
    {
        var page = """
            ---
            title: Seminar
            timezone: Europe/Berlin
            ---

            | Date | Topic |
            |---|---|
            | 2031-06-10T10:00:00-04:00 | Introduction |
            | 2031-06-17T10:00:00-04:00 | Methods |
            """;
        var result = Import(page);
        Assert.Equal("Europe/Berlin", result.Course.TimeZone);
        Assert.Equal(ZoneRule.ZoneKey, result.Provenance!.TimeZoneRule);
        Assert.Contains(result.Warnings, warning => warning.Message.Contains("-04:00", StringComparison.Ordinal));
    }

    // The rule that chose the zone is public in the import report's provenance, as the API and --json give it.
    [Fact]
    public void The_import_report_names_the_zone_rule()
    {
        var result = Import("---\ntitle: Seminar\nlang: es-MX\n---\n\n| Fecha | Tema |\n|---|---|\n| 12/08/2031 | Presentación |\n");
        var report = ImportReports.ToReport(new CourseImportOutcome(result, null), "https://example.org");
        var json = JsonSerializer.SerializeToElement(report, ApiJson.Options);
        Assert.Equal("languageRegion", json.GetProperty("provenance").GetProperty("timeZoneRule").GetString());
    }
}
