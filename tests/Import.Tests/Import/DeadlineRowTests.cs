namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Rows labelled as deadlines among a schedule's meetings (as cos485/cos485.github.io schedule.org: "Lecture N",
/// "Exam N" and "Pset N due" rows in one Org table, date in the second column) are left out, with a warning.
/// </summary>
public class DeadlineRowTests
{
    [Fact]
    public void A_row_labelled_pset_homework_or_project_is_no_meeting_but_lectures_and_exams_are()
    {
        var page = """
            #+TITLE: Deep learning (Spring 2025)

            | Lecture 1  | Jan. 27 | overview        |
            | Lecture 2  | Jan. 29 | gradient descent |
            | Pset 0     | Jan. 31 | math review     |
            | Lecture 3  | Feb. 3  | perceptrons     |
            | Pset 1 due | Feb. 7  | perceptrons     |
            | Exam 1     | Feb. 10 |                 |
            | Project    | Feb. 14 | proposal due    |
            | Project meetings | Feb. 17 | in class  |
            """;
        var result = TestPages.Import(page, fileName: "schedule.org");
        Assert.Equal("01-27 01-29 02-03 02-10 02-17", string.Join(" ", result.Sessions.Select(s => s.Date.ToString("MM-dd"))));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("The row \"Pset 1 due | Feb. 7 | perceptrons\" is labelled as a deadline"));
    }
}
