namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Class times where real pages state them, each page modelled in our own words on one of the real-page sample
/// (bench/real-pages/manifest.tsv, whose source is named above each test). The sessions and the first start were counted
/// by hand from the page before the importer ran.
/// </summary>
public class ClassTimesPageTests
{
    private static string First(ImportResult result) => result.Sessions.Count == 0 ? "none"
        : $"{result.Sessions[0].Date:yyyy-MM-dd} {result.Sessions[0].Start?.ToString("HH:mm") ?? "-"}-{result.Sessions[0].End?.ToString("HH:mm") ?? "-"}";

    /// <summary>molldur/historians-on-air termine.md: a labelled hours line with no day above a table of Thursdays.</summary>
    [Fact]
    public void A_labelled_line_anywhere_gives_the_hours_even_without_a_day()
    {
        var page = """
            # Termine "Radio im Seminar"

            - Uhrzeit: 8:15-9:45 Uhr
            - Ort: Raum 0110

            | Datum | Sitzung | Inhalt |
            | ----- | ------- | ------ |
            | Donnerstag, 15.4.21 | 1 | Begrüßung |
            | Donnerstag, 22.4.21 | 2 | Wie entsteht ein Beitrag? |
            | Donnerstag, 29.4.21 | 3 | Hörbeispiele |
            """;
        var result = TestPages.Import(page);
        Assert.Equal(3, result.Sessions.Count);
        Assert.Equal("2021-04-15 08:15-09:45", First(result));
        Assert.Contains("Uhrzeit", result.Provenance!.ClassTimes);
    }

    /// <summary>P3-MINI/csharp-site content/schedule.pl.md: an unlabelled hours line above each of two tables (lectures, labs).</summary>
    [Fact]
    public void Unlabelled_lines_above_each_table_give_each_weekday_its_hours()
    {
        var page = """
            ---
            title: "Harmonogram"
            ---

            ## Wykłady

            Poniedziałki, 14:15 - 16:00, sala 101

            | Data       | Temat |
            |------------|-------|
            | 06.10.2025 | Wprowadzenie |
            | 13.10.2025 | Klasy |

            ## Laboratoria

            Piątki, 16:15 - 18:00

            | Data       | Temat |
            |------------|-------|
            | 03.10.2025 | Git |
            | 10.10.2025 | Testy |
            """;
        var result = TestPages.Import(page);
        Assert.Equal(4, result.Sessions.Count);
        Assert.Equal("2025-10-03 16:15-18:00", First(result));
        Assert.Equal(new TimeOnly(14, 15), result.Sessions.Single(s => s.Date == new DateOnly(2025, 10, 6)).Start);
        Assert.Contains("lines", result.Provenance!.ClassTimes);
    }

    /// <summary>kattie-left-the-chat/ALGO1 README.md: the weekday and hours in a heading, a numbered list of d.m.yyyy dates.</summary>
    [Fact]
    public void A_heading_with_a_weekday_and_hours_gives_the_class_times()
    {
        var page = """
            # ALGO1
            ### ZS-2024/2025
            ### Utorok 18:30-20:00 LP-5002
            Materiály z cvičení sú v tomto repozitári.

            ### Zoznam cvičení
            1. 24.9.2024 - Úvod
            2. 1.10.2024 - Cvičenie 2
            3. 8.10.2024
            """;
        var result = TestPages.Import(page);
        Assert.Equal(3, result.Sessions.Count);
        Assert.Equal("2024-09-24 18:30-20:00", First(result));
        Assert.Equal([DayOfWeek.Tuesday], result.Course.ClassTimes.Select(c => c.Day));
    }

    /// <summary>
    /// yangchihyuan/yangchihyuan.github.io courses/HealthLanguage2024_respiratory_therapy.md: the class on Friday afternoons
    /// in Chinese with no spaces, and the assistant's office hours on Thursday, which are not a class.
    /// </summary>
    [Fact]
    public void A_chinese_line_gives_the_hours_and_office_hours_are_left_out()
    {
        var page = """
            ---
            title: "程式語言 2024"
            ---

            #### 時間與地點
            每週五下午1:10至3:00，電腦教室5

            #### 助教與答問時間
            每週四下午 14:00-15:00 討論室

            #### 課程大綱

            |週次|日期 |主題 |
            |--- |---  |---  |
            |1   |2/23 | 課程介紹 |
            |2   |3/1  | 變數 |
            """;
        var result = TestPages.Import(page);
        Assert.Equal(2, result.Sessions.Count);
        Assert.Equal("2024-02-23 13:10-15:00", First(result));
        Assert.Equal([DayOfWeek.Friday], result.Course.ClassTimes.Select(c => c.Day));
    }

    /// <summary>AndresCastanoZuluaga/73-103-fall-2026 schedule.qmd: the days and hours only in the front matter's subtitle.</summary>
    [Fact]
    public void Any_front_matter_key_that_states_days_and_hours_gives_the_class_times()
    {
        var page = """
            ---
            title: "Schedule"
            subtitle: "ECON 110 · Fall 2026 · Mon & Wed 10:00–11:15 · Room 1199"
            ---

            | Day | Date | Topic |
            |-----|------|-------|
            | Mon | 24 Aug | Introduction |
            | Wed | 26 Aug | Measuring output |
            """;
        var result = TestPages.Import(page);
        Assert.Equal(2, result.Sessions.Count);
        Assert.Equal("2026-08-24 10:00-11:15", First(result));
        Assert.Contains("'subtitle'", result.Provenance!.ClassTimes);
    }

    /// <summary>ericbrasiln/cclhm0081 calendario.md: a one-row table of course facts whose "Horário" cell holds "14h-17h".</summary>
    [Fact]
    public void A_table_of_course_facts_gives_the_hours_in_its_times_column()
    {
        var page = """
            ---
            title: "História 2024"
            lang: "pt-BR"
            ---

            | Docente | Período | CH  | Horário          | Sala |
            |:-------:|:-------:|:---:|:----------------:|:----:|
            | Ana     | 2024.1  | 60h | Quartas, 14h-17h | 5    |

            ## Cronograma

            | Aula | Data       | Tema |
            |:----:|------------|------|
            | 1    | 07/08/2024 | Apresentação |
            | 2    | 14/08/2024 | Independências |
            """;
        var result = TestPages.Import(page);
        Assert.Equal(2, result.Sessions.Count);
        Assert.Equal("2024-08-07 14:00-17:00", First(result));
        Assert.Contains("Horário", result.Provenance!.ClassTimes);
    }

    /// <summary>Prose whose words only look like weekdays ("We", "la vie") gives no class times, though it holds hours.</summary>
    [Fact]
    public void Prose_words_that_look_like_weekdays_give_no_class_times()
    {
        var page = """
            # Numerics 2025

            We meet in the lab, 10:00-12:00, when the room is free.

            | Date | Topic |
            |---|---|
            | Jan 13 | Intro |
            | Jan 15 | Floating point |
            """;
        var result = TestPages.Import(page);
        Assert.Equal(2, result.Sessions.Count);
        Assert.Empty(result.Course.ClassTimes);
        Assert.Null(result.Sessions[0].Start);
    }

    /// <summary>
    /// SkafteNicki/dtu_mlops timeplan.md: the prose says the days start at 9:00 and gives no end; tables of "d/m | weekday"
    /// rows follow (the year in a note). Three sessions, the first at 9:00 with no end.
    /// </summary>
    [Fact]
    public void A_sentence_saying_when_class_starts_gives_every_session_its_start()
    {
        var page = """
            # Timeplan

            Course days start at 9:00 in the morning with a short lecture, then exercises for the rest of the day.
            The exam starts at 14:00 on the last day.

            Dates below are for the January 2024 course.

            Date | Day       | Topic
            -----|-----------|------
            2/1  | Tuesday   | Tooling
            3/1  | Wednesday | Version control
            15/1 | Monday    | Monitoring
            """;
        var result = TestPages.Import(page);
        Assert.Equal(3, result.Sessions.Count);
        Assert.Equal("2024-01-02 09:00--", First(result));
    }
}
