using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// The course's zone comes from what the page says (a front-matter key under any name, a zone written after a time,
/// the institution), else from the country it comes from, said as a guess; only then the default. Each rule cites the
/// real page (bench/real-pages) that showed it was needed; the pages here are our own.
/// </summary>
public class TimeZoneTests
{
    private static ImportResult Import(string page, string? fileName = null) => TestPages.Import(page, fileName: fileName);

    private static string Page(string intro, string rows = "| Oct 6 | Kick-off |\n| Oct 13 | Sampling |", string frontMatter = "") => $"""
        ---
        title: Field methods
        {frontMatter}
        ---

        {intro}

        ## Schedule

        | Date | Topic |
        |---|---|
        {rows}
        """;

    [Theory]
    [InlineData("tz: Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("zona_horaria: America/Lima", "America/Lima")]
    [InlineData("timeZone: EST", "America/New_York")]
    public void A_front_matter_key_naming_a_zone_under_any_name_sets_it(string key, string zone)
    {
        var result = Import(Page("Semester: Fall 2025", frontMatter: key));
        Assert.Equal(zone, result.Course.TimeZone);
        Assert.False(result.Provenance!.TimeZoneIsDefault);
        Assert.Contains("front matter", result.Provenance.TimeZone);
    }

    // Motivated by AndresCastanoZuluaga/73-103-fall-2026 schedule.qmd: homework is due "23:59" followed by the country's name.
    [Theory]
    [InlineData("Lectures run 2:00-3:15pm CT in the annex.", "America/Chicago")]
    [InlineData("Meetings start at 10:00 (CET).", "Europe/Paris")]
    [InlineData("Reports are due at 23:59 Qatar time.", "Asia/Qatar")]
    [InlineData("All times are Eastern.", "America/New_York")]
    [InlineData("The seminar is held online, see Europe/Helsinki for the clock.", "Europe/Helsinki")]
    public void A_zone_written_after_a_time_or_announced_in_the_text_sets_it(string sentence, string zone)
    {
        var result = Import(Page(sentence));
        Assert.Equal(zone, result.Course.TimeZone);
        Assert.False(result.Provenance!.TimeZoneIsDefault);
    }

    [Fact]
    public void An_ambiguous_abbreviation_is_read_with_the_page_language()
    {
        // CST: Chicago's on an English page, China's on a Chinese one (the guess of the language from its script).
        var chinese = Page("课程时间：每周二 10:00-11:40 CST。本课程介绍数据分析的基本方法和常用工具，学生需要完成课程作业和期末项目。", "| 10月6日 | 课程介绍 |\n| 10月13日 | 数据采集 |");
        Assert.Equal("Asia/Shanghai", Import(chinese).Course.TimeZone);
        Assert.Equal("America/Chicago", Import(Page("Office: 10:00-11:40 CST")).Course.TimeZone);
    }

    // Motivated by JamieMair/mpags-high-performance-computing timetable.md: the university is named, the zone is not.
    [Fact]
    public void The_institution_named_in_the_text_gives_its_city_s_zone()
    {
        var result = Import(Page("Taught at the University of Nottingham, in the physics building."));
        Assert.Equal("Europe/London", result.Course.TimeZone);
        Assert.Contains("nottingham", result.Provenance!.TimeZone);
    }

    [Fact]
    public void A_place_key_in_the_front_matter_names_the_city_through_the_platform_s_zone_ids()
    {
        Assert.Equal("America/Chicago", Import(Page("Semester: Fall 2025", frontMatter: "location: Downtown campus, Chicago")).Course.TimeZone);
    }

    // Motivated by CEI-lab/ece3400-2018 docs/schedule.md and AISaturdaysLagos/aisaturdayslagos.github.io lectures.md:
    // US pages naming no zone ("Thanksgiving", "Labor Day", "Fall 2018") were read as Europe/Paris.
    [Theory]
    [InlineData("No lab in the week of Thanksgiving.")]
    [InlineData("Course for the Fall 2025 term.")]
    public void A_page_keeping_the_us_calendar_is_not_read_in_europe_and_the_first_warning_says_it_is_a_guess(string intro)
    {
        var result = Import(Page(intro));
        Assert.Equal("America/New_York", result.Course.TimeZone);
        Assert.False(result.Provenance!.TimeZoneIsDefault);
        Assert.Contains("guess", result.Provenance.TimeZone);
        Assert.Contains("guess", result.Warnings[0].Message);
        Assert.Contains("'timezone:'", result.Warnings[0].Message);
    }

    // Motivated by molldur/historians-on-air termine.md and uit-sok-2009-h24-v3 undervisningsplan.md: German and
    // Norwegian pages with no zone were read in Paris's zone, whose rules differ from Berlin's and Oslo's ids.
    [Fact]
    public void A_page_in_a_one_country_language_gets_that_country_s_zone_as_a_guess()
    {
        var page = """
            # Statistik für die Praxis

            Die Vorlesung findet jeden Mittwoch statt, die Übung wird nach der Sitzung besprochen.

            | Datum | Thema |
            |---|---|
            | Mittwoch, 7.10.26 | Einführung und Organisation |
            | Mittwoch, 14.10.26 | Deskriptive Statistik |
            """;
        var result = Import(page);
        Assert.Equal("Europe/Berlin", result.Course.TimeZone);
        Assert.Contains("language", result.Provenance!.TimeZone);
        Assert.Contains("guess", result.Warnings[0].Message);
    }

    // Motivated by kattie-left-the-chat/ALGO1 README.md: links to the university's ".cz" hosts on a page whose language
    // alone does not say the country (here Spanish, spoken in many).
    [Fact]
    public void The_country_domain_of_most_links_gives_the_zone_when_the_language_does_not()
    {
        var page = Page("Material del curso en [el sitio](https://cursos.example.edu.ar/algo) y [apuntes](https://apuntes.example.edu.ar/) para la clase.",
            "| 6 de octubre | Presentación de la clase |\n| 13 de octubre | Temas del curso |");
        Assert.Equal("America/Argentina/Buenos_Aires", Import(page).Course.TimeZone);
    }

    [Theory]
    [InlineData("tz: Asia/Tokyo", "Semester: Fall 2025", ZoneRule.ZoneKey)]
    [InlineData("", "The seminar is held online, see Europe/Helsinki for the clock.", ZoneRule.ZoneId)]
    [InlineData("", "Lectures run 2:00-3:15pm CT in the annex.", ZoneRule.WrittenZone)]
    [InlineData("", "Taught at the University of Nottingham, in the physics building.", ZoneRule.Place)]
    [InlineData("", "No lab in the week of Thanksgiving.", ZoneRule.Calendar)]
    [InlineData("", "Bring a laptop.", ZoneRule.Default)]
    public void The_provenance_names_the_rule_that_gave_the_zone(string frontMatter, string intro, ZoneRule rule)
    {
        var result = Import(Page(intro, frontMatter: frontMatter));
        Assert.Equal(rule, result.Provenance!.TimeZoneRule);
        Assert.Equal(rule == ZoneRule.Default, result.Provenance.TimeZoneIsDefault);
    }

    [Fact]
    public void The_first_rule_that_finds_a_zone_wins_over_later_ones()
    {
        // A written abbreviation outranks the institution and the US calendar.
        var result = Import(Page("University of Nottingham, Thanksgiving week off. Classes 10:00 (CET)."));
        Assert.Equal("Europe/Paris", result.Course.TimeZone);
        Assert.Equal(ZoneRule.WrittenZone, result.Provenance!.TimeZoneRule);
    }

    [Fact]
    public void A_page_that_says_nothing_keeps_the_default_and_an_unknown_key_is_reported()
    {
        var result = Import(Page("Bring a laptop.", "| 2025-10-06 | Kick-off |", "timezone: Mars/Olympus"));
        Assert.Equal("Europe/Paris", result.Course.TimeZone);
        Assert.True(result.Provenance!.TimeZoneIsDefault);
        Assert.Contains(result.Warnings, warning => warning.Message.Contains("Mars/Olympus"));
    }

    [Fact]
    public void Dates_written_month_first_alone_do_not_make_a_page_american()
    {
        // The seed page, a Paris course, writes "Jan 10" as US pages do.
        var result = Import(Page("Dates: Sep 3, Sep 10 and Sep 17.", "| 2025-10-06 | Kick-off |"));
        Assert.Equal("Europe/Paris", result.Course.TimeZone);
        Assert.True(result.Provenance!.TimeZoneIsDefault);
    }

    [Fact]
    public void A_publisher_s_city_in_a_reading_list_is_no_place_of_the_course()
    {
        var result = Import(Page("Reading: Smith, Statistics (New York: Wiley, 2001).", "| 2025-10-06 | Kick-off |"));
        Assert.Equal("Europe/Paris", result.Course.TimeZone);
    }
}
