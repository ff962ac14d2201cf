using CourseFunctions.Core.Courses;
using CourseFunctions.Import;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>
/// Small pages written in the test, and a corpus page read with other options. What each corpus page gives by itself is in
/// its sidecar (CorpusTests).
/// </summary>
public class CorpusPageTests
{
    [Fact]
    public void Two_rows_hours_apart_on_one_day_keep_the_first_ones_hours()
    {
        var page = "---\ntitle: T\nyear: 2025\n---\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| Apr 7 9:00-10:00 | A |\n| Apr 7 14:00-15:00 | B |\n";
        var session = TestPages.Import(page).Sessions.Single();
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(10, 0)), (session.Start!.Value, session.End!.Value));
    }

    [Fact]
    public void A_repeated_key_keeps_the_last_value_as_jekyll_does_and_says_so_with_its_line()
    {
        var file = "- week: \"05\"\n  dates:\n    Nov 21:\n      topics:\n      topics:\n        lab: Graphs\n";
        var result = TestPages.Import(file, fileName: "schedule.yml");
        Assert.Equal(["Graphs"], result.Sessions.Single().Topics);
        Assert.Contains(result.Warnings, w => w.Message.Contains("gives \"topics\" again") && w.Line == 6); // line 4 of the file, 2 more as documented
    }

    [Fact]
    public void A_commented_out_html_table_is_not_read()
    {
        var page = "---\ntitle: T\nyear: 2030\n---\n\n"
            + "<!-- old:\n<table><tr><th>Date</th><th>Topic</th></tr><tr><td>Jan 8</td><td>Old</td></tr></table>\n-->\n\n"
            + "<table><tr><th>Date</th><th>Topic</th></tr><tr><td>Jan 9</td><td>New</td></tr></table>\n";
        Assert.Equal(["New"], TestPages.Import(page).Sessions.Single().Topics);
    }

    [Fact]
    public void A_stated_year_stands_when_one_written_weekday_is_a_typo()
    {
        var page = "---\ntitle: T\nyear: 2029\n---\n\n## Schedule\n\n| Date | Day | Topic |\n|---|---|---|\n"
            + "| 09/05 | Wed | A |\n| 09/12 | Wed | B |\n| 09/19 | Thu | C |\n| 09/26 | Wed | D |\n";
        var result = TestPages.Import(page);
        Assert.Equal(2029, result.Sessions[0].Date.Year);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("as the page says"));
    }

    [Theory]
    [InlineData("Memorial Day (No Class)", SessionStatus.Cancelled)]
    [InlineData("Guest talk (class cancelled, see forum)", SessionStatus.Cancelled)]
    [InlineData("Loops (break and continue)", SessionStatus.Scheduled)]
    [InlineData("Recursion (holiday reading list)", SessionStatus.Scheduled)]
    public void Only_an_explicit_marker_in_parentheses_cancels_a_session(string topic, SessionStatus expected)
    {
        var page = $"---\ntitle: T\nyear: 2025\n---\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| Apr 7 | {topic} |\n";
        Assert.Equal(expected, TestPages.Import(page).Sessions.Single().Status);
    }

    [Fact]
    public void The_year_may_come_from_the_page_heading_when_the_front_matter_title_has_none()
    {
        var page = "---\ntitle: Graphics\n---\n\n# Graphics, Spring 2031\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| Apr 7 | Welcome |\n";
        Assert.Equal(new DateOnly(2031, 4, 7), TestPages.Import(page).Sessions.Single().Date);
    }

    [Fact]
    public void A_date_cell_with_its_own_hours_gives_that_session_those_hours()
    {
        var page = TestPages.AlFolioPage(
            "- **Class Times**: Fridays, 9:00-12:00", "| Jan 10, 14:00–16:00 | Guest lecture | |\n| Jan 17 | Kernels | |", "year: 2025");
        var sessions = TestPages.Import(page).Sessions;
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(16, 0)), (sessions[0].Start!.Value, sessions[0].End!.Value));
        Assert.Equal(new TimeOnly(9, 0), sessions[1].Start);
    }

    [Fact]
    public void Relative_links_resolve_against_the_base_url_option()
    {
        // liquid-html.md resolves against the page's own base_url: its sidecar holds those links.
        var french = CoursePageImporter.Import(TestPages.Read("Corpus/french-cours.md"), new ImportRequest { BaseUrl = "https://claire.example.fr" });
        Assert.Equal("https://claire.example.fr/assets/intro.pdf", french.Sessions[0].Materials.Single().Url);

        // A site path is no base for a calendar or an API client: the link stays as the page wrote it.
        var sitePath = CoursePageImporter.Import(TestPages.Read("Corpus/french-cours.md"), new ImportRequest { BaseUrl = "/enseignement/" });
        Assert.Equal("/assets/intro.pdf", sitePath.Sessions[0].Materials.Single().Url);
    }

    [Fact]
    public void Ambiguous_numeric_dates_with_no_evidence_are_a_warning_not_a_silent_guess()
    {
        var page = "---\ntitle: Course 2025\n---\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| 03/02/2025 | A |\n| 04/02/2025 | B |\n";
        var result = TestPages.Import(page);
        Assert.Equal(new DateOnly(2025, 3, 2), result.Sessions[0].Date);
        Assert.Contains(result.Warnings, w => w.Message.Contains("month/day"));
    }
}
