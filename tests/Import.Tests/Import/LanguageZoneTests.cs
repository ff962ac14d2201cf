namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// A page's language gives the course's zone only when the page is clearly in it: enough distinct words of that
/// language against any other's, or its script; a page in English never gets a zone from a language guess. Each page
/// is our own, modelled on the real page (bench/real-pages) named beside it; the zone stage's rule is in the provenance.
/// </summary>
public class LanguageZoneTests
{
    private static ImportResult Import(string page, string? fileName = null) => TestPages.Import(page, courseId: "course", fileName: fileName);

    // Modelled on FelipeAscencio/fundamendez-just_the_docs cronograma.md and ababino/efe cronograma.md: Spanish pages
    // whose many "de" (a Turkish word too) made them Turkish, read in Europe/Istanbul.
    [Fact]
    public void A_spanish_page_full_of_de_is_not_read_in_istanbul()
    {
        var page = """
            # Cronograma

            Atención: el cronograma es tentativo y puede sufrir cambios a lo largo de la cursada.

            | Semana | Fecha | Temas |
            |---|---|---|
            | 1 | 19 de agosto de 2031 | Presentación de la materia y de los trabajos prácticos |
            | 2 | 26 de agosto de 2031 | Conceptos de análisis de algoritmos |
            | 3 | 2 de septiembre de 2031 | Estructuras de datos de búsqueda |
            | 4 | 9 de septiembre de 2031 | Resolución de ejercicios de parcial |
            """;
        var result = Import(page);
        Assert.NotEqual("Europe/Istanbul", result.Course.TimeZone);
        Assert.NotEqual(ZoneRule.Language, result.Provenance!.TimeZoneRule);
    }

    // Modelled on mitmath/18S191 website/syllabus.md: an English course page whose Julia code ("for i in 1:n do … end")
    // and Portuguese-looking words made it Portuguese, read in America/Sao_Paulo.
    [Fact]
    public void An_english_page_never_gets_a_zone_from_a_language_guess()
    {
        var page = """
            # Computational thinking

            Lectures are live on Zoom; the notebooks are posted the day before. Bring your laptop to class.

            ```julia
            map(1:10) do i
                para = com(i)
            end
            ```

            Use `do` blocks for the para and com helpers, as in the notes; do read them.

            | Date | Topic |
            |---|---|
            | Feb 17, 2031 | Images as arrays |
            | Feb 19, 2031 | Abstraction |
            """;
        var result = Import(page);
        Assert.NotEqual(ZoneRule.Language, result.Provenance!.TimeZoneRule);
        Assert.Equal("Europe/Paris", result.Course.TimeZone);
    }

    // Modelled on akrgt/2021statistics index.md: a Japanese page whose many links outnumbered its kana, read as a Latin
    // language in America/Sao_Paulo. Links are no words of any language.
    [Fact]
    public void A_japanese_page_full_of_links_is_read_in_tokyo()
    {
        var links = string.Concat(Enumerable.Range(1, 8).Select(n => $"""

            ## 第{n}講({10 + n}/{10 + n})

            * [講義資料（スライド）](https://example.github.io/statistics/slide/lecture-{n}-slides-and-handouts.pdf)
            * [講義資料（html）](https://example.github.io/statistics/page/html-lecture-{n}-notes.html)
            * [dataの説明](https://example.github.io/statistics/page/data-table-{n}.html)

            """));
        var result = Import("# 統計学\n\nこのサイトは講義のページです．毎回の資料をここに置きます．\n" + links);
        Assert.Equal("Asia/Tokyo", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Language, result.Provenance!.TimeZoneRule);
    }

    // Modelled on abotw/note 23fall-py/index.md: a Chinese page with English course words ("Python", "Fall 2023", "Mon,
    // 3:50 PM") was taken for a US page keeping the US calendar.
    [Fact]
    public void A_chinese_page_with_english_terms_is_read_in_shanghai_not_as_a_us_course()
    {
        var page = """
            # Python程序设计, Fall 2031

            | 课程 | 学期 | 时间 |
            |---|---|---|
            | Python程序设计 | 2031-2032 学年，秋季学期 | Mon, 3:50 PM - 5:30 PM |

            ## 日程

            | 周次 | 时间 | 主题 | Reading |
            |---|---|---|---|
            | 1 | 9月1日 | 课程介绍，Python basics and the REPL | Think Python chapter one, the way of the program |
            | 2 | 9月8日 | 变量与表达式，Python data types and operators | Think Python chapter two, variables and statements |
            | 3 | 9月15日 | 条件与循环，control flow with if and while loops | Think Python chapter five, conditionals and recursion |
            """;
        var result = Import(page);
        Assert.Equal("Asia/Shanghai", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Language, result.Provenance!.TimeZoneRule);
    }

    // Right today, and kept: ellepannitto/informatica-di-base calendario.md (a table of Italian dates, no other words),
    // MuehlStefan/Statistik2018 termine.md (a German table of topics), ME414-UNICAMP cronograma.md (Portuguese).
    [Theory]
    [InlineData("| Giorno | ore |\n|---|---|\n| 22 aprile | 6h |\n| 5 maggio | 6h |\n| 19 maggio | 6h |\n| 3 giugno | 6h |", "Europe/Rome")]
    [InlineData("Sitzung|Thema|Tag\n---|---|---\n1|Einführung: was ist Statistik und warum machen wir das?|19.04.2031\n"
        + "2|Lage- und Streuparameter der Stichprobe|26.04.2031\n3|Klausur|03.05.2031", "Europe/Berlin")]
    [InlineData("# Cronograma\n\nO conteúdo será disponibilizado toda sexta-feira e deve ser feito durante a semana seguinte.\n\n"
        + "| Data | Semana | Conteúdo |\n|---|---|---|\n| 09/08/2031 | 1 | Apresentação do curso |\n| 16/08/2031 | 2 | Estatística descritiva |",
        "America/Sao_Paulo")]
    public void A_page_clearly_in_a_one_country_language_keeps_that_country_s_zone(string page, string zone)
    {
        var result = Import(page);
        Assert.Equal(zone, result.Course.TimeZone);
        Assert.Equal(ZoneRule.Language, result.Provenance!.TimeZoneRule);
        Assert.Contains("guess", result.Warnings[0].Message);
    }

    // Modelled on P3-MINI/csharp-site content/schedule.pl.md: a Hugo site's Polish page, named so, with few Polish words.
    [Fact]
    public void A_multilingual_site_s_file_name_states_the_language()
    {
        var page = "---\ntitle: Harmonogram\n---\n\n## Wykłady\n\n| Data | Temat |\n|---|---|\n"
            + "| 06.10.2031 | L01: git, .NET, C# |\n| 13.10.2031 | L02: LINQ |\n";
        var result = Import(page, "schedule.pl.md");
        Assert.Equal("Europe/Warsaw", result.Course.TimeZone);
        Assert.Contains("file name", result.Provenance!.TimeZone);
    }

    // Modelled on Cegep-joliette-info/420C172025 calendrier.md and jhroy/syllabus-EDM5240-H2019 calendrier.md: Quebec
    // courses in French, read in Paris; their calendar has a "semaine de relâche" and Canadian Thanksgiving.
    [Fact]
    public void A_french_page_keeping_quebec_s_calendar_is_read_in_montreal_s_zone()
    {
        var page = """
            # Calendrier de session

            | Date | Contenu |
            |---|---|
            | Lundi 25 août | Introduction et variables |
            | Lundi 13 octobre | *Pas de cours, Action de grâce* |
            | Lundi 20 octobre | *Pas de cours, relâche* |
            | Lundi 27 octobre | Tableaux et boucles |
            """;
        var result = Import(page);
        Assert.Equal("America/Toronto", result.Course.TimeZone);
        Assert.Equal(ZoneRule.Calendar, result.Provenance!.TimeZoneRule);
        Assert.Contains("Quebec", result.Warnings[0].Message);
    }
}
