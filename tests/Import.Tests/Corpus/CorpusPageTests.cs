using CourseFunctions.Core.Courses;
using CourseFunctions.Import;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>What particular corpus pages give beyond their dates: topics, kinds, hours, zones and the warnings that explain.</summary>
public class CorpusPageTests
{
    private static ImportResult Import(string file) => CorpusTests.Import(file);

    private static string Dates(ImportResult result) => CorpusTests.Dates(result);

    [Fact]
    public void A_quarto_list_of_sessions_gives_each_its_date_hours_and_topics()
    {
        var result = Import("quarto-incontri.qmd");
        Assert.Equal("2026-03-03 2026-03-05 2026-03-10 2026-03-12", Dates(result));
        Assert.Equal(["10:30-13:30", "08:30-11:30", "10:30-13:30", "08:30-11:30"], result.Sessions.Select(s => $"{s.Start:HH:mm}-{s.End:HH:mm}"));
        Assert.Equal(["Presentazione del corso.", "Richiami di probabilità."], result.Sessions[0].Topics);
        Assert.Equal(SessionKind.Exam, result.Sessions[3].Kind);
        Assert.Equal("Calendario del corso", result.Course.Title);
    }

    [Fact]
    public void A_kramdown_table_without_a_header_row_is_read_with_its_first_text_column_as_the_topics()
    {
        var result = Import("kramdown-headerless-lectures.md");
        Assert.Equal(["Welcome and course logistics"], result.Sessions[0].Topics);
        Assert.Contains(result.Warnings, w => w.Line == 15 && w.Message == "The row \"Getting and cleaning data\" has no date; it was skipped.");
    }

    [Fact]
    public void Weekday_cells_that_open_with_their_date_place_each_session_without_a_term_start()
    {
        var result = Import("mkdocs-weekday-grid-dated-cells.md");
        Assert.Equal(["Sketching interfaces"], result.Sessions[1].Topics);
        Assert.Empty(result.Sessions[4].Topics);
        Assert.Contains(result.Warnings, w => w.Message.Contains("2030 is the most recent year in which its dates fall on the weekdays it names"));
    }

    [Fact]
    public void Indented_definitions_are_readings_whose_links_are_materials_and_the_commented_draft_is_not_read()
    {
        var result = Import("just-the-class-nested-readings.md");
        Assert.Equal(["Welcome and overview, what language models do", "Project handout (due 9/23)"], result.Sessions[0].Topics);
        Assert.Contains(result.Sessions[0].Materials, m => m.Title == "Probability refresher");
        Assert.Equal(["Corpora and annotation"], result.Sessions[1].Topics);
    }

    [Fact]
    public void Myst_dropdowns_are_read_as_markdown_and_their_titles_date_the_week_grids_inside()
    {
        var result = Import("myst-week-dropdowns.md");
        Assert.Equal(["Welcome to the module"], result.Sessions[0].Topics);
        Assert.Equal(["Entry quiz"], result.Sessions[1].Topics);
        Assert.Equal(["Live demo Shear and moment"], result.Sessions[3].Topics);
        Assert.Contains(result.Warnings, w => w.Message.Contains("2030 is the most recent year in which its dates fall on the weekdays it names"));
        Assert.Contains(result.Warnings, w => w.Line == 15 && w.Message.StartsWith("\"Homework deadlines\" is a row of deadlines"));
        Assert.Equal([(new TimeOnly(15, 45), (TimeOnly?)null), (new TimeOnly(13, 45), null)], result.Sessions.Take(2).Select(s => (s.Start!.Value, s.End)));
    }

    [Fact]
    public void The_lecture_line_of_a_list_of_meetings_gives_the_class_times_and_the_links_choose_between_fitting_years()
    {
        var result = Import("sphinx-meetings-list.rst.txt");
        Assert.Equal("America/Los_Angeles", result.Course.TimeZone);
        Assert.Equal((DayOfWeek.Wednesday, new TimeOnly(10, 0), new TimeOnly(10, 50)), result.Course.ClassTimes.Select(c => (c.Day, c.Start, c.End)).Single());
        Assert.Contains(result.Warnings, w => w.Message.Contains("2024 is the year nearest the page's links (2024)"));
        Assert.Equal(["Lecture 01: What a measurement is (lecture)"], result.Sessions[1].Topics);
    }

    [Fact]
    public void A_table_per_week_with_one_date_each_is_one_schedule_and_the_card_gives_the_hours_and_zone()
    {
        var result = Import("just-the-docs-week-cards.md");
        Assert.Equal("America/New_York", result.Course.TimeZone);
        Assert.Equal(["What vision is for"], result.Sessions[0].Topics);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("The schedule is this table and the 4 after it with the same header"));
    }

    [Fact]
    public void A_week_cell_with_a_range_of_days_dates_its_row_by_the_first_day()
    {
        var result = Import("docusaurus-week-ranges.md");
        Assert.Equal(["Values, names and the REPL"], result.Sessions[0].Topics);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("gives no date"));
    }

    [Fact]
    public void Weekday_columns_named_with_their_activity_give_a_session_each_in_the_year_their_mondays_fit()
    {
        var result = Import("week-columns-by-activity.md");
        Assert.Equal(["Notebooks and data frames"], result.Sessions[2].Topics);
        Assert.Contains(result.Warnings, w => w.Message.Contains("2022 is the most recent year in which its dates fall on the weekdays it names"));
    }

    [Fact]
    public void A_weekday_written_beside_a_date_settles_its_order_and_no_class_in_a_practicals_column_leaves_the_lecture_on()
    {
        var result = Import("date-with-weekday-practicals.md");
        Assert.All(result.Sessions, s => Assert.Equal(SessionStatus.Scheduled, s.Status));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("could be month/day or day/month"));
    }

    [Fact]
    public void An_org_mode_page_gives_its_title_topics_and_exam()
    {
        var result = Import("org-mode-schedule.org");
        Assert.Equal("Numerical methods schedule", result.Course.Title);
        Assert.Equal(["Introduction and tools"], result.Sessions[0].Topics);
        Assert.Equal(["Root finding notes"], result.Sessions[1].Topics);
        Assert.Equal(SessionKind.Exam, result.Sessions[4].Kind);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("gives no year")); // the timestamps carry it
    }

    [Fact]
    public void A_weekly_pattern_table_gives_the_class_times_and_dates_with_their_own_year_need_no_guess()
    {
        var result = Import("italian-lab-post.md");
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], result.Course.ClassTimes.Select(c => c.Day));
        Assert.Equal(new TimeOnly(17, 15), result.Course.ClassTimes[1].End);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("gives no year"));
        Assert.Equal(["Primo programma"], result.Sessions[0].Topics);
        // Each lab's own hours, from the Orario column: the second is two hours, not the usual three.
        Assert.Equal(["09:15-12:15", "09:15-11:15", "09:15-12:15", "09:15-12:15"], result.Sessions.Select(s => $"{s.Start:HH:mm}-{s.End:HH:mm}"));
    }

    [Fact]
    public void A_date_at_the_head_of_the_topic_cell_leaves_the_lines_after_it_as_topics()
    {
        var result = Import("html-schedule-dates-in-topics.md");
        Assert.Equal(["Welcome and the graphics pipeline"], result.Sessions[0].Topics);
        Assert.Equal("slides/01-pipeline.pdf", result.Sessions[0].Materials.Single().Url);
        Assert.Equal("Founders' Day (No Class)", result.Sessions[2].Note);
        Assert.Equal(SessionKind.Exam, result.Sessions[4].Kind);
        Assert.Contains(result.Warnings, w => w.Message.Contains("2025 is the most recent year in which its dates fall on the weekdays it names"));
    }

    [Fact]
    public void A_schedule_page_reads_every_units_table_and_places_each_weekday_column_in_the_week_of_the_dates()
    {
        var result = Import("weekday-columns-per-unit.md");
        Assert.Equal(["Greek alphabet 📓"], result.Sessions[1].Topics);
        Assert.Equal(DayOfWeek.Thursday, result.Sessions[1].Date.DayOfWeek);
        Assert.Equal("Easter break", result.Sessions[^1].Note);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("is not one CourseFunctions imports"));
    }

    [Fact]
    public void Weekly_lists_in_a_sphinx_page_are_one_schedule_with_the_hours_and_zone_of_the_prose()
    {
        var result = Import("sphinx-weekly-lists.rst.txt");
        Assert.Equal("America/Los_Angeles", result.Course.TimeZone);
        Assert.Equal(["Lesson 01: Welcome and tools"], result.Sessions[0].Topics);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(12, 0)), (result.Sessions[0].Start!.Value, result.Sessions[0].End!.Value));
        Assert.Equal((new TimeOnly(14, 30), new TimeOnly(16, 0)), (result.Sessions[2].Start!.Value, result.Sessions[2].End!.Value));
        Assert.Equal("No recitation, Thanksgiving Day", result.Sessions[^1].Note);
    }

    [Fact]
    public void Mdx_lecture_components_are_sessions_and_back_to_back_ones_on_a_day_are_one()
    {
        var result = Import("docusaurus-mdx-lectures.md");
        Assert.Equal("https://example.org/corso/00-introduzione.pdf", result.Sessions[0].Materials.Single().Url);
        Assert.Equal(["ASSIGNMENT 1: mappe", "Metodi di analisi"], result.Sessions[1].Topics);
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(13, 0)), (result.Sessions[1].Start!.Value, result.Sessions[1].End!.Value));
        Assert.Equal("No Lezione", result.Sessions[2].Note);
        Assert.DoesNotContain(result.Sessions, s => s.Topics.Contains("Consegna Assignment 1")); // a deadline, not a class
    }

    [Fact]
    public void Two_rows_hours_apart_on_one_day_keep_the_first_ones_hours()
    {
        var page = "---\ntitle: T\nyear: 2025\n---\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| Apr 7 9:00-10:00 | A |\n| Apr 7 14:00-15:00 | B |\n";
        var session = TestPages.Import(page).Sessions.Single();
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(10, 0)), (session.Start!.Value, session.End!.Value));
    }

    [Fact]
    public void A_topic_over_a_list_of_dates_gives_a_session_per_date_and_the_year_comes_from_another_table()
    {
        var result = Import("topics-over-date-lists.md");
        Assert.Equal(["Why concurrency", "Locks"], result.Sessions[2].Topics); // the day one topic ends and the next begins
        Assert.Equal(["Lock-free queues"], result.Sessions[^1].Topics);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("gives no year"));
    }

    [Fact]
    public void A_row_of_weekdays_under_the_header_places_each_column_in_the_week_of_its_start_date()
    {
        var result = Import("mkdocs-weekday-row.md");
        Assert.Equal(["Ex 01: Setup", "Tools"], result.Sessions.Single(s => s.Date == new DateOnly(2030, 8, 22)).Topics);
        Assert.Equal(SessionKind.Exam, result.Sessions[^1].Kind);
        Assert.DoesNotContain(result.Sessions, s => s.Topics.Contains("-"));
    }

    [Fact]
    public void Rows_dated_through_liquid_from_a_front_matter_list_take_its_days_in_turn()
    {
        var result = Import("liquid-front-matter-days.md");
        Assert.Equal(["overview.html", "lf/Basics.html"], result.Sessions[0].Materials.Select(m => m.Url));
        Assert.Null(result.Sessions[0].Note); // the notes were only links
        Assert.Equal("No class; instructor away; recording to follow", result.Sessions[2].Note);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("is not a date"));
    }

    [Fact]
    public void Dated_headings_are_sessions_with_the_list_below_as_topics_and_hidden_comments_stay_hidden()
    {
        var result = Import("dutch-heading-agenda.md");
        Assert.Equal(["Inleiding", "Werkomgeving opzetten"], result.Sessions[0].Topics);
        Assert.Empty(result.Sessions[1].Topics); // its topics are inside a Liquid comment
        Assert.Equal(["Databanken"], result.Sessions[2].Topics); // the break card under the week's tasks is not a topic
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("gives no year"));
        var exam = result.Sessions.Single(s => s.Date == new DateOnly(2030, 12, 16));
        Assert.Equal(["Mondeling examen"], exam.Topics); // its own card, without the emoji shortcode
        Assert.Equal(SessionKind.Exam, exam.Kind);
    }

    [Fact]
    public void A_yaml_schedule_data_file_is_read_as_the_front_matter_schedule()
    {
        var result = Import("hugo-data-schedule.yaml");
        Assert.Equal(["/org/syllabus", "/intro/agents"], result.Sessions[0].Topics);
        Assert.Equal("hugo-data-schedule", result.Course.Id);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("gives no year"));
    }

    [Fact]
    public void Dates_written_as_keys_of_a_data_file_give_a_session_each_with_its_slots_as_topics()
    {
        var result = Import("jekyll-data-dates-as-keys.yml");
        Assert.Equal(["Introduction (*)", "Complexity (*)"], result.Sessions[0].Topics);
        Assert.Equal(["slides/00-intro.pdf", "slides/01-complexity.pdf"], result.Sessions[0].Materials.Select(m => m.Url));
        Assert.Equal(["Sorting"], result.Sessions[2].Topics);
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
    public void Week_offsets_from_a_term_start_give_derived_dates_with_titles_descriptions_and_links()
    {
        var result = Import("jekyll-data-week-offsets.yml");
        Assert.Equal(["Calculating with the REPL", "Course introduction", "Basic data types"], result.Sessions[2].Topics);
        Assert.Equal("https://example.org/videos/install", result.Sessions[2].Materials.Single().Url);
        Assert.Contains(result.Warnings, w => w.Message.Contains("derived from the term start (2031-01-12)"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("gives \"homework\" again"));
    }

    [Fact]
    public void A_week_column_beside_a_column_of_date_ranges_is_a_dated_schedule_with_spanned_topics()
    {
        var result = Import("hugo-html-week-ranges.md");
        Assert.Equal(["Presentación de la materia"], result.Sessions[0].Topics); // a colspan over the three columns
        Assert.Equal("Suspensión de clases", result.Sessions[2].Note);
        Assert.Equal(SessionKind.Exam, result.Sessions[3].Kind);
    }

    [Fact]
    public void A_commented_out_html_table_is_not_read()
    {
        var page = "---\ntitle: T\nyear: 2030\n---\n\n<!-- old:\n<table><tr><th>Date</th><th>Topic</th></tr><tr><td>Jan 8</td><td>Old</td></tr></table>\n-->\n\n"
            + "<table><tr><th>Date</th><th>Topic</th></tr><tr><td>Jan 9</td><td>New</td></tr></table>\n";
        Assert.Equal(["New"], TestPages.Import(page).Sessions.Single().Topics);
    }

    [Fact]
    public void Toml_front_matter_and_a_table_of_group_columns_give_the_first_groups_sessions_labelled_by_row()
    {
        var result = Import("hugo-toml-group-columns.md");
        Assert.Equal("Les séances de cours", result.Course.Title);
        Assert.Equal(["Cours 01"], result.Sessions[0].Topics);
        Assert.Equal("./plan-de-cours.pdf", result.Sessions[0].Materials.Single().Url);
        Assert.Contains(result.Warnings, w => w.Message.Contains("2025 is the most recent year in which its dates fall on the weekdays it names"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("Évaluation #1") && w.Message.Contains("is not a date"));
    }

    [Fact]
    public void A_stale_year_on_the_page_gives_way_to_the_weekdays_the_schedule_writes_with_a_warning()
    {
        var result = Import("rmarkdown-stale-year.Rmd");
        Assert.Contains(result.Warnings, w => w.Message.Contains("fit 2029, not 2028 as the page says"));
        Assert.Equal("Room 210, Science Building", result.Course.Location);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], result.Course.ClassTimes.Select(c => c.Day));
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
        var page = TestPages.AlFolioPage("- **Class Times**: Fridays, 9:00-12:00", "| Jan 10, 14:00–16:00 | Guest lecture | |\n| Jan 17 | Kernels | |", "year: 2025");
        var sessions = TestPages.Import(page).Sessions;
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(16, 0)), (sessions[0].Start!.Value, sessions[0].End!.Value));
        Assert.Equal(new TimeOnly(9, 0), sessions[1].Start);
    }

    [Fact]
    public void Html_tables_are_read_with_their_spans_as_one_schedule_and_the_year_comes_from_the_weekdays_they_name()
    {
        var result = Import("html-weekly-tables.md");
        Assert.Equal(["Lec 1: Welcome and tools", "(Slides 1)"], result.Sessions[0].Topics);
        Assert.Equal(SessionKind.Exam, result.Sessions.Single(s => s.Date == new DateOnly(2026, 7, 1)).Kind);
        Assert.Contains(result.Warnings, w => w.Message.Contains("2026 is the most recent year in which its dates fall on the weekdays it names"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("the 1 after it with the same header"));
    }

    [Fact]
    public void Exams_and_lectures_are_told_apart_in_several_languages()
    {
        Assert.Equal(SessionKind.Exam, Import("readme-plain.md").Sessions[^1].Kind);
        Assert.Equal(SessionKind.Exam, Import("french-cours.md").Sessions[^1].Kind);
        Assert.Equal(SessionKind.Exam, Import("german-vorlesung.md").Sessions[^1].Kind);
        Assert.Equal(SessionKind.Lecture, Import("german-vorlesung.md").Sessions[0].Kind);
    }

    [Fact]
    public void Escaped_pipes_reference_links_liquid_html_and_math_are_read_as_text()
    {
        var readme = Import("readme-plain.md");
        Assert.Equal(["Introduction | logistics"], readme.Sessions[0].Topics);
        Assert.Equal("https://example.edu/notes/intro.pdf", readme.Sessions[0].Materials.Single().Url);
        Assert.Equal("HW1 out", readme.Sessions[1].Note);

        var liquid = Import("liquid-html.md");
        Assert.Equal(["Floating point"], liquid.Sessions[0].Topics);
        Assert.Equal(["Root finding: $f(x) = 0$ and Newton"], liquid.Sessions[1].Topics);
    }

    [Fact]
    public void Week_layouts_put_each_cell_on_its_day_and_say_when_dates_were_derived()
    {
        var columns = Import("weekday-columns.md");
        Assert.Equal(["Recurrences"], columns.Sessions[1].Topics);
        Assert.DoesNotContain(columns.Warnings, w => w.Message.Contains("derived"));

        var numbers = Import("week-numbers.md");
        Assert.Equal(["Control"], numbers.Sessions[2].Topics);
        Assert.Contains(numbers.Warnings, w => w.Message.Contains("derived from the term start"));
    }

    [Fact]
    public void Front_matter_session_lists_give_topics_materials_and_cancellations()
    {
        var result = Import("pandoc-sessions.md");
        Assert.Equal(["Entropy", "Mutual information"], result.Sessions[0].Topics);
        Assert.Equal("https://example.org/it/1.pdf", result.Sessions[0].Materials.Single().Url);
        Assert.Equal("America/New_York", result.Course.TimeZone);
    }

    [Fact]
    public void Just_the_class_modules_give_one_session_per_dated_term()
    {
        var module = Import("just-the-class-module.md");
        Assert.Equal(["Lecture Course overview", "Section Python refresher"], module.Sessions[0].Topics);
        Assert.Equal("https://example.edu/slides/overview.pdf", module.Sessions[0].Materials.Single().Url);
        Assert.Contains(module.Warnings, w => w.Message.Contains("no year"));
    }

    [Fact]
    public void Relative_links_resolve_against_the_base_url()
    {
        var liquid = Import("liquid-html.md");
        Assert.Equal("https://teacher.example.io/numerics/assets/fp.pdf", liquid.Sessions[0].Materials.Single().Url);
        Assert.Equal("https://teacher.example.io/numerics/slides/roots.pdf", liquid.Sessions[1].Materials.Single().Url);

        var french = CoursePageImporter.Import(TestPages.Read("Corpus/french-cours.md"), new ImportRequest { BaseUrl = "https://claire.example.fr" });
        Assert.Equal("https://claire.example.fr/assets/intro.pdf", french.Sessions[0].Materials.Single().Url);

        // A site path is no base for a calendar or an API client: the link stays as the page wrote it.
        var sitePath = CoursePageImporter.Import(TestPages.Read("Corpus/french-cours.md"), new ImportRequest { BaseUrl = "/enseignement/" });
        Assert.Equal("/assets/intro.pdf", sitePath.Sessions[0].Materials.Single().Url);
    }

    [Fact]
    public void Ambiguous_numeric_dates_are_settled_by_the_weekday_of_the_class_times()
    {
        Assert.All(Import("eu-numeric.md").Sessions, s => Assert.Equal(DayOfWeek.Monday, s.Date.DayOfWeek));
        Assert.DoesNotContain(Import("eu-numeric.md").Warnings, w => w.Message.Contains("month/day"));
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
