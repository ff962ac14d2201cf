using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Pages that hold dates in more than one form: the schedule is the one whose dates agree (they rise and fall on the
/// course's few weekdays), not the first kind found, and the dry run says why.
/// </summary>
public class ScheduleChoiceTests
{
    private static string Dates(ImportResult result) => string.Join(" ", result.Sessions.Select(s => s.Date.ToString("MM-dd")));

    [Fact]
    public void A_list_of_weekly_sessions_outweighs_a_table_of_exam_dates()
    {
        var page = """
            # Signals and systems (Spring 2025)

            ## Important dates

            | Date | Event |
            |---|---|
            | Mar 14 | Midterm |
            | May 2 | Final |

            ## Sessions

            - Jan 14: Signals and their classes
            - Jan 16: Systems and their properties
            - Jan 21: Convolution
            - Jan 23: Fourier series
            - Jan 28: Fourier transform
            """;
        var result = TestPages.Import(page);
        Assert.Equal("01-14 01-16 01-21 01-23 01-28", Dates(result));
        var why = Assert.Single(result.Warnings, w => w.Message.StartsWith("The schedule is the list"));
        Assert.Equal(12, why.Line);
        Assert.Contains("5 dates, 5 of them in order on its usual days (Tuesday, Thursday)", why.Message);
        Assert.Contains("not the table at line 5: 2 dates", why.Message);
    }

    [Fact]
    public void A_schedule_table_outweighs_a_list_of_two_deadlines_and_keeps_only_its_own_warnings()
    {
        var page = """
            # Signals and systems (Spring 2025)

            ## Schedule

            | Date | Topic |
            |---|---|
            | Jan 14 | Signals |
            | Jan 16 | Systems |
            | TBA | Guest lecture |
            | Jan 21 | Convolution |

            Deadlines:

            - Feb 3: project proposal
            - ??? 40: report
            - Mar 3: report
            """;
        var result = TestPages.Import(page);
        Assert.Equal("01-14 01-16 01-21", Dates(result));
        Assert.Contains(result.Warnings, w => w.Line == 9 && w.Message.Contains("\"TBA\" is not a date"));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("The schedule is the table at line 5: 3 dates, 3 of them in order"));
    }
}
