using CourseFunctions.Core.Courses;
using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Rows that stand for several sessions by a range of dates ("21–22 | 11/02–11/04", as in ffengc/CSCI556-Cryptography-USC):
/// a session on each class day of the range, and the days the row's note names as off are cancelled.
/// </summary>
public class RangeRowTests
{
    private const string Page = """
        # Cryptography (Fall 2026)

        Lectures: Mondays and Wednesdays, 10:00-11:50.

        ## Schedule

        | Lecture | Date | Topic |
        |---|---|---|
        | 20 | 10/28 | Zero knowledge |
        | 21–22 | 11/02–11/04 | Multiparty computation |
        | 23–30 | 11/09 to 12/02 | Presentations (11/11 Veterans Day, 11/25 Thanksgiving: no class) |
        """;

    private static string Dates(IEnumerable<Session> sessions) => string.Join(" ", sessions.Select(s => s.Date.ToString("MM-dd")));

    [Fact]
    public void A_range_gives_a_session_on_each_class_day_and_its_note_cancels_the_days_it_names()
    {
        var result = TestPages.Import(Page);
        Assert.Equal("10-28 11-02 11-04 11-09 11-11 11-16 11-18 11-23 11-25 11-30 12-02", Dates(result.Sessions));
        Assert.Equal("11-11 11-25", Dates(result.Sessions.Where(s => s.Status == SessionStatus.Cancelled)));
        Assert.All(result.Sessions, s => Assert.Equal(new TimeOnly(10, 0), s.Start));
    }

    [Fact]
    public void Without_class_times_a_range_is_one_session_on_its_first_date()
    {
        var result = TestPages.Import(Page.Replace("Lectures: Mondays and Wednesdays, 10:00-11:50.", ""));
        Assert.Equal("10-28 11-02 11-09", Dates(result.Sessions));
    }

    /// <summary>aed-frre/site content/cron/_index.md (2018): the only year is in the rows after New Year ("18/02/19").</summary>
    [Fact]
    public void A_year_written_only_after_new_year_dates_the_rows_before_it_in_the_year_before()
    {
        var page = """
            # Cronograma

            | Semana | Fechas | Tema |
            |---|---|---|
            | 1 | 12/03 al 17/03 | Presentación |
            | 2 | 10/12 al 15/12 | Parcial |
            | ... | 24/12 al 16/02/19 | Receso de Verano |
            | ... | 18/02/19 al 23/02/19 | Recuperatorio |
            """;
        var result = TestPages.Import(page);
        Assert.Equal("2018-03-12 2018-12-10 2018-12-24 2019-02-18", string.Join(" ", result.Sessions.Select(s => s.Date.ToString("yyyy-MM-dd"))));
        Assert.Equal(SessionStatus.Cancelled, result.Sessions[2].Status);
    }
}
