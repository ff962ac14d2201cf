using CourseFunctions.Core.Courses;
using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>Variants of the seed layout that instructors really write, and mistakes they really make.</summary>
public class CraftedPageImportTests
{
    private const string FridayMornings = """
        - **Semester**: Winter 2025
        - **Class Times**: Fridays, 9:00 AM - 12:15 PM
        """;

    [Fact]
    public void An_empty_schedule_table_gives_no_sessions_and_no_error()
    {
        var result = TestPages.Import(TestPages.AlFolioPage(FridayMornings, ""));
        Assert.Empty(result.Sessions);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Without_a_year_anywhere_dates_use_the_current_year_and_say_so()
    {
        var page = TestPages.AlFolioPage("- **Class Times**: Fridays, 9:00-12:00", "| Jan 10 | Intro | |").Replace("test-course", "course");
        var result = TestPages.Import(page, todayYear: 2031);
        Assert.Equal(new DateOnly(2031, 1, 10), Assert.Single(result.Sessions).Date);
        Assert.Contains(result.Warnings, w => w.Message.Contains("no year"));
    }

    [Fact]
    public void Without_a_year_the_year_in_which_the_dates_fall_on_the_class_days_is_taken_and_said()
    {
        // Fridays, Jan 10/17/24: a Friday in 2025 (and 2020, outside the years considered from 2027).
        var page = TestPages.AlFolioPage("- **Class Times**: Fridays, 9:00-12:00", "| Jan 10 | Intro | |\n| Jan 17 | Kernels | |\n| Jan 24 | Lazy training | |")
            .Replace("test-course", "course");
        var result = TestPages.Import(page, todayYear: 2027);
        Assert.Equal(new DateOnly(2025, 1, 10), result.Sessions[0].Date);
        Assert.All(result.Sessions, s => Assert.Equal(DayOfWeek.Friday, s.Date.DayOfWeek));
        Assert.Contains(result.Warnings, w => w.Message.Contains("2025 is the most recent year in which its dates fall on the weekdays it names"));
    }

    [Fact]
    public void A_year_in_a_heading_counts_before_one_in_the_permalink()
    {
        var page = TestPages.AlFolioPage("- **Class Times**: Fridays, 9:00-12:00", "| Jan 9 | Intro | |")
            .Replace("permalink: /teaching/test-course", "permalink: /teaching/course-2019").Replace("## Course Schedule", "## Course Schedule 2026-1");
        Assert.Equal(new DateOnly(2026, 1, 9), Assert.Single(TestPages.Import(page).Sessions).Date);
    }

    [Theory]
    [InlineData("A <br> B <br/> C")]
    [InlineData("- A <br> - B<br />- C")]
    [InlineData("1. A <BR> 2. B <br> 3. C")]
    public void Br_separated_cells_become_separate_topics(string cell)
    {
        var result = TestPages.Import(TestPages.AlFolioPage(FridayMornings, $"| Jan 10 | {cell} | |"));
        Assert.Equal(["A", "B", "C"], Assert.Single(result.Sessions).Topics);
    }

    [Fact]
    public void An_impossible_class_time_is_a_warning_and_sessions_have_no_times()
    {
        var result = TestPages.Import(TestPages.AlFolioPage("- **Semester**: 2025\n- **Class Times**: Fridays, 25:00 - 26:30", "| Jan 10 | Intro | |"));
        Assert.Empty(result.Course.ClassTimes);
        Assert.Null(Assert.Single(result.Sessions).Start);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("Class times:") && w.Line == 11);
    }

    [Fact]
    public void A_row_whose_date_cannot_be_read_is_a_warning_with_its_line_not_a_silent_drop()
    {
        var result = TestPages.Import(TestPages.AlFolioPage(FridayMornings, "| Jan 10 | Intro | |\n| TBA | Guest lecture | |"));
        Assert.Single(result.Sessions);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(18, warning.Line);
        Assert.Contains("\"TBA\"", warning.Message);
    }

    [Fact]
    public void A_schedule_that_crosses_new_year_rolls_over()
    {
        var result = TestPages.Import(TestPages.AlFolioPage(
            "- **Semester**: Winter 2024\n- **Class Times**: Thursdays, 14:00-16:00", "| Dec 12 | A | |\n| Dec 19 | B | |\n| Jan 9 | C | |"));
        Assert.Equal([new DateOnly(2024, 12, 12), new DateOnly(2024, 12, 19), new DateOnly(2025, 1, 9)], result.Sessions.Select(s => s.Date));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Links_in_the_materials_cell_become_materials()
    {
        var result = TestPages.Import(
            TestPages.AlFolioPage(FridayMornings, "| Jan 10 | Intro | [Slides](/assets/intro.pdf), [Notes](https://example.org/n.pdf) |"));
        Assert.Equal([new MaterialLink("Slides", "/assets/intro.pdf"), new MaterialLink("Notes", "https://example.org/n.pdf")],
            Assert.Single(result.Sessions).Materials);
    }

    [Theory]
    [InlineData("~~Intro~~")]
    [InlineData("Holiday")]
    [InlineData("Spring break")]
    [InlineData("No lecture (strike)")]
    public void Cancellation_markers_cancel_the_session(string cell)
    {
        var session = Assert.Single(TestPages.Import(TestPages.AlFolioPage(FridayMornings, $"| Jan 10 | {cell} | |")).Sessions);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
    }

    [Fact]
    public void A_date_on_another_weekday_keeps_the_usual_hours_and_is_reported()
    {
        var result = TestPages.Import(TestPages.AlFolioPage(FridayMornings, "| Jan 11 | Saturday makeup | |"));
        var session = Assert.Single(result.Sessions);
        Assert.Equal(new TimeOnly(9, 0), session.Start);
        Assert.Contains(result.Warnings, w => w.Message.Contains("Saturday"));
    }

    [Fact]
    public void Two_rows_for_one_date_merge_with_a_warning()
    {
        var result = TestPages.Import(TestPages.AlFolioPage(FridayMornings, "| Jan 10 | A | |\n| Jan 10 | B | |"));
        Assert.Equal(["A", "B"], Assert.Single(result.Sessions).Topics);
        Assert.Contains(result.Warnings, w => w.Message.Contains("second row"));
    }

    [Fact]
    public void Session_times_keep_local_wall_clock_across_the_end_of_march()
    {
        var result = TestPages.Import(TestPages.AlFolioPage(FridayMornings, "| Mar 28 | A | |\n| Apr 4 | B | |"));
        var clock = new CourseClock(result.Course.TimeZone);
        var offsets = result.Sessions.Select(s => clock.ToInstant(s.Date, s.Start!.Value).Offset).ToList();
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2)], offsets);
    }

    [Fact]
    public void A_page_time_zone_overrides_the_default_and_an_unknown_one_is_reported()
    {
        Assert.Equal("America/Chicago", TestPages.Import(TestPages.AlFolioPage(FridayMornings, "", "timezone: America/Chicago")).Course.TimeZone);
        var unknown = TestPages.Import(TestPages.AlFolioPage(FridayMornings, "", "timezone: Mars/Olympus"));
        Assert.Equal("Europe/Paris", unknown.Course.TimeZone);
        Assert.Contains(unknown.Warnings, w => w.Message.Contains("Mars/Olympus"));
    }

    [Fact]
    public void Unknown_sections_and_labels_are_reported_not_dropped_silently()
    {
        var page = TestPages.AlFolioPage(FridayMornings + "\n- **Office hours**: by appointment", "| Jan 10 | A | |") + "\n\n## Projects\n\nBuild something.";
        var messages = TestPages.Import(page).Warnings.Select(w => w.Message).ToList();
        Assert.Contains(messages, m => m.Contains("Office hours"));
        Assert.Contains(messages, m => m.Contains("\"Projects\""));
    }

    [Fact]
    public void Broken_front_matter_is_a_warning_and_the_rest_still_imports()
    {
        var page = "---\ntitle: [unclosed\n---\n# Fallback title\n\n## Course Schedule\n\n| Date | Topic |\n|---|---|\n| 2025-01-10 | A |\n";
        var result = TestPages.Import(page);
        Assert.Equal("Fallback title", result.Course.Title);
        Assert.Single(result.Sessions);
        Assert.Contains(result.Warnings, w => w.Message.Contains("not valid YAML"));
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("")]
    public void An_invalid_explicit_course_id_is_refused(string id) =>
        Assert.Throws<CoursePageException>(() => TestPages.Import(TestPages.AlFolioPage(FridayMornings, ""), courseId: id));

    [Fact]
    public void A_page_without_any_title_is_imported_under_its_file_name_or_id_with_a_warning()
    {
        var byFile = CoursePageImporter.Import("Just some text.", new ImportRequest { FileName = "ml-2025.md", Today = new DateOnly(2025, 1, 1) });
        Assert.Equal("ml-2025", byFile.Course.Title);
        Assert.Contains(byFile.Warnings, w => w.Message.Contains("imported under its file name"));

        var byId = TestPages.Import("Just some text.", courseId: "stats101");
        Assert.Equal("stats101", byId.Course.Title);
    }

    /// <summary>Modelled on snkey-todo/JiaxingAcademy, whose page is named 课程安排.md and has no front matter or Latin title.</summary>
    [Fact]
    public void A_name_without_latin_letters_gives_an_id_hashed_from_it_the_same_each_time_and_says_so()
    {
        ImportResult Imported(string fileName) =>
            CoursePageImporter.Import("# 第一周\n\n课程介绍。", new ImportRequest { FileName = fileName, Today = new DateOnly(2025, 1, 1) });

        var first = Imported("课程安排.md");
        Assert.Matches("^course-[0-9a-f]{8}$", first.Course.Id);
        Assert.Equal(first.Course.Id, Imported("课程安排.md").Course.Id);
        Assert.NotEqual(first.Course.Id, Imported("教学日历.md").Course.Id);
        Assert.Contains(first.Warnings, w => w.Message.Contains("课程安排") && w.Message.Contains("--course-id"));
    }

    [Fact]
    public void A_page_without_a_title_key_takes_its_first_heading_and_says_so()
    {
        var result = TestPages.Import("Intro text.\n\n## Optimisation for machine learning\n\nMore.", courseId: "opt");
        Assert.Equal("Optimisation for machine learning", result.Course.Title);
        Assert.Contains(result.Warnings, w => w.Message.Contains("its first heading"));
    }

    /// <summary>A Quarto page (modelled on the layout of course sites built with Quarto) names its meeting time in its own key.</summary>
    [Fact]
    public void The_meeting_time_may_come_from_a_front_matter_key_of_another_generator()
    {
        var page = "---\ntitle: \"Bayesian statistics\"\nmeeting_time: \"Tuesdays 14:00-15:30\"\n---\n\n"
            + "## Schedule\n\n| Date | Topic |\n|---|---|\n| 2025-09-02 | Priors |\n";
        var session = Assert.Single(TestPages.Import(page).Sessions);
        Assert.Equal(new TimeOnly(14, 0), session.Start);
    }
}
