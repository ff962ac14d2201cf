using CourseFunctions.Core.Courses;
using CourseFunctions.Import;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>Realistic course pages from many kinds of sites, each with the sessions it must give.</summary>
public class CorpusTests
{
    // With its file name, as the import command passes it: the extension tells reStructuredText and Org-mode pages.
    internal static ImportResult Import(string file) => TestPages.Import(TestPages.Read($"Corpus/{file}"), fileName: file);

    internal static string Dates(ImportResult result) => string.Join(" ", result.Sessions.Select(s => s.Date.ToString("yyyy-MM-dd")));

    private static string Cancelled(ImportResult result) =>
        string.Join(" ", result.Sessions.Where(s => s.Status == SessionStatus.Cancelled).Select(s => s.Date.ToString("yyyy-MM-dd")));

    [Theory]
    [InlineData("readme-plain.md", "2024-09-03 2024-09-05 2024-09-10 2024-09-12 2024-09-17", "2024-09-12")]
    [InlineData("french-cours.md", "2025-02-17 2025-02-24 2025-03-03 2025-03-10", "2025-03-03")]
    [InlineData("spanish-curso.md", "2026-03-03 2026-03-10 2026-03-17 2026-03-24", "2026-03-17")]
    [InlineData("german-vorlesung.md", "2025-03-02 2025-03-09 2025-03-16", "")]
    [InlineData("us-numeric.md", "2025-01-21 2025-01-23 2025-01-28 2025-01-30", "2025-01-30")]
    [InlineData("eu-numeric.md", "2025-02-03 2025-02-10 2025-03-03", "")]
    [InlineData("multiple-tables.md", "2024-09-04 2024-09-11 2024-09-18 2024-09-25", "")]
    [InlineData("liquid-html.md", "2025-01-08 2025-01-15 2025-01-22", "2025-01-22")]
    [InlineData("new-year.md", "2024-12-12 2024-12-19 2025-01-09 2025-01-16", "")]
    [InlineData("weekday-columns.md", "2024-09-03 2024-09-05 2024-09-10 2024-09-12 2024-09-17", "2024-09-12")]
    [InlineData("week-numbers.md", "2025-01-08 2025-01-15 2025-01-22 2025-01-29", "")]
    [InlineData("pandoc-sessions.md", "2025-03-04 2025-03-11 2025-03-18", "2025-03-11")]
    [InlineData("portuguese-disciplina.md", "2025-03-17 2025-03-24 2025-03-31", "2025-03-31")]
    [InlineData("italian-corso.md", "2025-03-10 2025-03-17 2025-03-24", "2025-03-17")]
    [InlineData("just-the-class-module.md", "2030-01-06 2030-01-08 2030-01-10", "2030-01-10")]
    [InlineData("notes-readme-kv-table.md", "2026-08-25 2026-08-27 2026-09-01 2026-09-03 2026-09-08 2026-09-10 2026-09-15 2026-09-17", "2026-09-01")] // "7–8 | 09/15–09/17": both class days
    [InlineData("sphinx-list-table.rst", "2024-09-09 2024-09-16 2024-09-23 2024-11-04 2024-12-30 2025-01-06", "2024-09-16")]
    [InlineData("html-weekly-tables.md", "2026-06-22 2026-06-24 2026-06-26 2026-06-29 2026-07-01 2026-07-03", "2026-07-03")]
    [InlineData("japanese-seminar-readme.md", "2026-10-01 2026-10-08 2026-10-22 2026-10-29 2026-11-05", "")]
    [InlineData("readme-calendar-no-pipes.md", "2027-01-11 2027-01-13 2027-01-18 2027-01-20 2027-01-25 2027-01-27 2027-02-01", "2027-01-18 2027-01-27")]
    [InlineData("portuguese-cronograma.md", "2024-02-19 2024-02-20 2024-02-23 2024-02-26 2024-03-01 2024-03-29 2024-04-01", "2024-03-29")]
    [InlineData("org-mode-schedule.org", "2026-08-31 2026-09-02 2026-09-07 2026-09-09 2026-09-14", "2026-09-07")]
    [InlineData("italian-lab-post.md", "2030-10-15 2030-10-22 2030-12-03 2031-01-14", "")]
    [InlineData("html-schedule-dates-in-topics.md", "2025-04-07 2025-04-09 2025-04-14 2025-04-16 2025-04-18", "2025-04-14")]
    [InlineData("weekday-columns-per-unit.md", "2024-01-23 2024-01-25 2024-01-30 2024-02-01 2024-02-27 2024-02-29 2024-03-05 2024-03-07 2024-03-26 2024-03-28", "2024-03-05 2024-03-07 2024-03-28")]
    [InlineData("rmarkdown-stale-year.Rmd", "2029-09-05 2029-09-12 2029-09-14 2029-09-19 2029-12-28", "")]
    [InlineData("sphinx-weekly-lists.rst.txt", "2029-10-01 2029-10-03 2029-10-04 2029-11-19 2029-11-21 2029-11-22", "2029-11-22")]
    [InlineData("docusaurus-mdx-lectures.md", "2031-03-03 2031-03-10 2031-03-24", "2031-03-24")]
    [InlineData("quarto-incontri.qmd", "2026-03-03 2026-03-05 2026-03-10 2026-03-12", "")]
    [InlineData("topics-over-date-lists.md", "2031-01-13 2031-01-14 2031-01-15 2031-01-20 2031-01-21 2031-01-22 2031-01-27", "")]
    [InlineData("mkdocs-weekday-row.md", "2030-08-12 2030-08-19 2030-08-21 2030-08-22 2030-09-02 2030-09-04 2030-09-07", "2030-09-02")]
    [InlineData("liquid-front-matter-days.md", "2031-01-07 2031-01-09 2031-01-14 2031-01-16", "2031-01-14")]
    [InlineData("dutch-heading-agenda.md", "2030-09-27 2030-09-30 2030-10-02 2030-10-14 2030-12-16", "")]
    [InlineData("hugo-data-schedule.yaml", "2030-09-18 2030-09-25 2030-12-25 2031-01-01", "")]
    [InlineData("jekyll-data-dates-as-keys.yml", "2030-10-21 2030-10-23 2030-10-28 2030-10-30 2031-01-06", "")] // no year anywhere: the current one, warned
    [InlineData("jekyll-data-week-offsets.yml", "2031-01-15 2031-01-20 2031-01-22 2031-01-27 2031-01-29 2031-03-03 2031-03-05", "2031-01-15 2031-01-20 2031-03-03 2031-03-05")]
    [InlineData("hugo-html-week-ranges.md", "2030-03-11 2030-03-18 2030-03-25 2030-04-01 2030-07-15", "2030-03-25 2030-07-15")]
    [InlineData("hugo-toml-group-columns.md", "2025-08-25 2025-09-01 2025-09-15", "")]
    [InlineData("kramdown-headerless-lectures.md", "2030-08-26 2030-08-28 2030-09-02 2030-09-04 2030-09-09", "2030-09-02")]
    [InlineData("mkdocs-weekday-grid-dated-cells.md", "2030-09-26 2030-10-01 2030-10-03 2030-10-08 2030-10-10 2030-10-17", "2030-09-26")]
    [InlineData("just-the-class-nested-readings.md", "2030-08-26 2030-08-28", "")] // no year anywhere: the current one, warned
    [InlineData("myst-week-dropdowns.md", "2030-09-02 2030-09-04 2030-09-06 2030-09-09", "")]
    [InlineData("sphinx-meetings-list.rst.txt", "2024-09-30 2024-10-02 2024-10-03 2024-11-25 2024-11-27 2024-11-28", "2024-11-28")]
    [InlineData("week-columns-by-activity.md", "2022-09-05 2022-09-07 2022-09-09 2022-09-12 2022-09-14 2022-09-16", "2022-09-05")]
    [InlineData("date-with-weekday-practicals.md", "2030-09-02 2030-09-03 2030-09-09", "")]
    [InlineData("just-the-docs-week-cards.md", "2025-09-04 2025-09-11 2025-09-18 2025-09-25 2025-10-02", "2025-09-25")]
    [InlineData("docusaurus-week-ranges.md", "2031-09-03 2031-09-08 2031-09-29", "")]
    [InlineData("chinese-notes-readme.md", "2030-09-03 2030-09-05 2030-09-10 2030-09-12 2030-09-17 2030-09-19 2030-09-24 2030-09-26", "2030-09-10 2030-09-19")]
    public void Each_page_gives_its_sessions_and_cancellations(string file, string dates, string cancelled)
    {
        var result = Import(file);
        Assert.Equal(dates, Dates(result));
        Assert.Equal(cancelled, Cancelled(result));
    }

    [Theory]
    [InlineData("readme-plain.md", "13:30", "14:50")]
    [InlineData("french-cours.md", "09:15", "11:00")]
    [InlineData("spanish-curso.md", null, null)]
    [InlineData("german-vorlesung.md", null, null)]
    [InlineData("us-numeric.md", "10:30", "11:50")]
    [InlineData("eu-numeric.md", "14:00", "16:00")]
    [InlineData("multiple-tables.md", null, null)]
    [InlineData("liquid-html.md", "10:00", "12:00")]
    [InlineData("new-year.md", "08:00", "10:00")]
    [InlineData("weekday-columns.md", "10:00", "11:15")]
    [InlineData("week-numbers.md", "14:00", "16:00")]
    [InlineData("pandoc-sessions.md", "15:00", "16:30")]
    [InlineData("portuguese-disciplina.md", "08:00", "10:00")]
    [InlineData("italian-corso.md", null, null)]
    [InlineData("just-the-class-module.md", null, null)]
    [InlineData("notes-readme-kv-table.md", "09:30", "10:45")]
    [InlineData("sphinx-list-table.rst", null, null)]
    [InlineData("html-weekly-tables.md", null, null)]
    [InlineData("japanese-seminar-readme.md", null, null)]
    [InlineData("readme-calendar-no-pipes.md", "10:00", "11:15")]
    [InlineData("portuguese-cronograma.md", null, null)]
    [InlineData("org-mode-schedule.org", "10:00", null)] // "<2026-08-31 Mon 10:00>": a start and no end
    [InlineData("html-schedule-dates-in-topics.md", null, null)]
    [InlineData("weekday-columns-per-unit.md", null, null)]
    [InlineData("rmarkdown-stale-year.Rmd", "19:00", "21:00")]
    [InlineData("chinese-notes-readme.md", "14:00", "15:50")]
    [InlineData("just-the-docs-week-cards.md", "09:30", "12:00")]
    [InlineData("week-columns-by-activity.md", null, null)]
    [InlineData("date-with-weekday-practicals.md", null, null)]
    [InlineData("docusaurus-week-ranges.md", null, null)]
    public void Class_times_written_many_ways_give_each_session_its_hours(string file, string? start, string? end) =>
        Assert.All(Import(file).Sessions, s => Assert.Equal((start, end), (s.Start?.ToString("HH:mm"), s.End?.ToString("HH:mm"))));

    /// <summary>Pages whose sessions do not all share one time: the first session's start (null: no hours given).</summary>
    [Theory]
    [InlineData("quarto-incontri.qmd", "10:30")]
    [InlineData("italian-lab-post.md", "09:15")]
    [InlineData("docusaurus-mdx-lectures.md", "10:00")]
    [InlineData("sphinx-weekly-lists.rst.txt", "09:00")]
    [InlineData("dutch-heading-agenda.md", null)]
    [InlineData("hugo-data-schedule.yaml", null)] // times only inside free-text notes
    [InlineData("hugo-html-week-ranges.md", null)]
    [InlineData("hugo-toml-group-columns.md", null)] // "(lundi 13h00)" gives a start and no end
    [InlineData("jekyll-data-dates-as-keys.yml", null)]
    [InlineData("jekyll-data-week-offsets.yml", null)]
    [InlineData("liquid-front-matter-days.md", null)]
    [InlineData("mkdocs-weekday-row.md", null)]
    [InlineData("topics-over-date-lists.md", null)]
    [InlineData("kramdown-headerless-lectures.md", null)]
    [InlineData("mkdocs-weekday-grid-dated-cells.md", null)]
    [InlineData("just-the-class-nested-readings.md", null)]
    [InlineData("myst-week-dropdowns.md", "15:45")] // "15:45:<br>Welcome": a start, and no end
    [InlineData("sphinx-meetings-list.rst.txt", "10:00")] // a Monday lab: the lecture's hours, warned
    public void The_first_session_starts_when_the_page_says(string file, string? start) =>
        Assert.Equal(start, Import(file).Sessions[0].Start?.ToString("HH:mm"));

    /// <summary>Every corpus page is held to its sessions and cancellations and to its first start, or is a negative case.</summary>
    [Fact]
    public void Every_corpus_page_is_asserted()
    {
        string[] Named(string method) => [.. typeof(CorpusTests).GetMethod(method)!.GetCustomAttributesData()
            .Where(data => data.AttributeType == typeof(InlineDataAttribute))
            .Select(data => (string)((IReadOnlyCollection<System.Reflection.CustomAttributeTypedArgument>)data.ConstructorArguments[0].Value!).First().Value!)];
        var sessions = Named(nameof(Each_page_gives_its_sessions_and_cancellations));
        var starts = Named(nameof(Class_times_written_many_ways_give_each_session_its_hours)).Concat(Named(nameof(The_first_session_starts_when_the_page_says)));
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus")).Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 40, $"the corpus has {pages.Count} pages");
        Assert.All(pages.Except(NegativePages), page => Assert.True(sessions.Contains(page) && starts.Contains(page), $"{page} is not held to its sessions and first start"));
    }

    private static readonly string[] NegativePages = ["placeholder-week-dates.md", "no-schedule.md"];

    /// <summary>Negative cases: a page whose dates are placeholders, and a page with no schedule, give no session and say why.</summary>
    [Fact]
    public void Placeholder_dates_and_pages_without_a_schedule_give_no_sessions_and_say_why()
    {
        var placeholders = Import("placeholder-week-dates.md");
        Assert.Empty(placeholders.Sessions);
        Assert.Equal(3, placeholders.Warnings.Count(w => w.Message.Contains("is not a date; the schedule entry was skipped")));

        var none = Import("no-schedule.md");
        Assert.Empty(none.Sessions);
        Assert.Equal("Numerical Optimisation", none.Course.Title);
        Assert.Contains(none.Warnings, w => w.Message.StartsWith("No schedule was found"));
    }
}
