namespace CourseFunctions.Import.Tests.Import;

/// <summary>Plain lines that open with their date as a schedule (Sources/DatedLines), and prose that is none.</summary>
public class DatedLineTests
{
    [Fact]
    public void Lines_that_open_with_a_date_and_a_separator_are_sessions()
    {
        var result = TestPages.Import("""
            # Calendario

            3/3 – Presentación
            10/3 – Lectura 1
            17/3 – Feriado
            """);
        Assert.Equal([new DateOnly(2030, 3, 3), new DateOnly(2030, 3, 10), new DateOnly(2030, 3, 17)], result.Sessions.Select(s => s.Date));
        Assert.Equal(["Presentación"], result.Sessions[0].Topics);
        Assert.Equal(Core.Courses.SessionStatus.Cancelled, result.Sessions[2].Status);
    }

    [Fact]
    public void Two_dated_lines_are_prose_not_a_schedule()
    {
        var result = TestPages.Import("""
            # News

            2030-03-03: the syllabus was updated.
            2030-03-10: the room changed.
            """);
        Assert.Empty(result.Sessions);
    }

    [Fact]
    public void A_date_that_runs_on_into_its_sentence_is_no_dated_line()
    {
        var result = TestPages.Import("""
            # Notes

            3/3 students passed the first quiz
            10/3 of them came back
            12 May 2030 we meet again
            """);
        Assert.Empty(result.Sessions);
    }
}
