namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Data entries are grouped by the path of keys to their list: a data file with a list of days per week (as
/// Berkeley-CS61B/website-fa23 _data/schedule.yml: "- week: N" items, each with "days:" entries under "day: 2023-08-23")
/// is one schedule, not one candidate per week.
/// </summary>
public class DataEntryListPathTests
{
    [Fact]
    public void The_days_lists_of_every_week_vote_together()
    {
        var page = """
            - week: 1
              labs:
                - name: Setup (due 8/28)
              days:
                - custom: No classes
                - day: 2023-08-23
                  lecture_topic: Intro
                - day: 2023-08-25
                  lecture_topic: Classes
            - week: 2
              days:
                - day: 2023-08-28
                  lecture_topic: Lists
                - day: 2023-08-30
                  lecture_topic: Linked lists
                - day: 2023-09-01
                  lecture_topic: Arrays
            - week: 3
              days:
                - day: 2023-09-06
                  lecture_topic: Testing
                - day: 2023-09-08
                  lecture_topic: Array lists
            """;
        var result = TestPages.Import(page, fileName: "schedule.yml");
        Assert.Equal("08-23 08-25 08-28 08-30 09-01 09-06 09-08", string.Join(" ", result.Sessions.Select(s => s.Date.ToString("MM-dd"))));
        Assert.Equal(["Lists"], result.Sessions[2].Topics);
    }
}
