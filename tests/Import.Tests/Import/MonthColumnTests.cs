using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Schedules that name the month once, in a column of its own, and the day in another: a layout the importer's
/// issue names among those real pages use. The month carries down to the rows below it until the next one.
/// </summary>
public class MonthColumnTests
{
    private static string Dates(IEnumerable<Session> sessions) => string.Join(" ", sessions.Select(s => s.Date.ToString("yyyy-MM-dd")));

    [Fact]
    public void A_month_written_on_the_first_row_of_each_month_dates_the_day_numbers_below_it()
    {
        var page = """
            # Statistics (Fall 2025)

            ## Schedule

            | Month | Day | Topic |
            |---|---|---|
            | September | 3 | Introduction |
            | | 10 | Probability |
            | | Wed 17 | Estimation |
            | October 2025 | 1st | Tests |
            | | 8 | No class (break) |
            """;
        var result = TestPages.Import(page);
        Assert.Equal("2025-09-03 2025-09-10 2025-09-17 2025-10-01 2025-10-08", Dates(result.Sessions));
        Assert.Equal(["Introduction"], result.Sessions[0].Topics);
        Assert.Equal(SessionStatus.Cancelled, result.Sessions[4].Status);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("is not a date"));
    }

    [Fact]
    public void A_month_cell_spanning_its_rows_in_an_html_table_dates_each_of_them()
    {
        var page = """
            # Analyse (automne 2025)

            ## Calendrier

            <table>
            <tr><th>Mois</th><th>Jour</th><th>Sujet</th></tr>
            <tr><td rowspan="2">septembre</td><td>4</td><td>Suites</td></tr>
            <tr><td>11</td><td>Séries</td></tr>
            <tr><td>octobre</td><td>2</td><td>Intégrales</td></tr>
            </table>
            """;
        var result = TestPages.Import(page);
        Assert.Equal("2025-09-04 2025-09-11 2025-10-02", Dates(result.Sessions));
        Assert.Equal(["Séries"], result.Sessions[1].Topics);
    }

    [Fact]
    public void A_table_of_figures_by_month_is_no_schedule()
    {
        var page = """
            # Energy economics (2025)

            ## Overview

            | Month | Load |
            |---|---|
            | January | 18% |
            | February | 12 MW |
            | March | 11 |
            """;
        var result = TestPages.Import(page);
        Assert.Empty(result.Sessions);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("No schedule was found"));
    }
}
