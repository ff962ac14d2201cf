using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Rows that give a session's start and no end: TeachBooks grids ("15:45:<br>Introduction"), Org-mode timestamps
/// ("&lt;2019-08-26 Mon 08:30&gt;", jkitchin/f19-06623 course-schedule.org), lists that open with the hour.
/// </summary>
public class SessionStartTests
{
    private static string Times(ImportResult result) =>
        string.Join(" ", result.Sessions.Select(s => $"{s.Start?.ToString("HH:mm") ?? "-"}/{s.End?.ToString("HH:mm") ?? "-"}"));

    [Fact]
    public void A_time_opening_the_topic_is_the_start_and_the_class_length_that_day_gives_the_end()
    {
        var page = """
            # Numerics (Spring 2025)

            Lectures: Mondays, 9:00-10:30, Room 4.

            ## Schedule

            | Date | Topic |
            |---|---|
            | Jan 13 | 13:00 Make-up session |
            | Jan 15 | 08:30 Introduction |
            | Jan 20 | Floating point |
            """;
        var result = TestPages.Import(page);
        // Monday Jan 13: the Monday class is 90 minutes; Wednesday Jan 15 has no class length, so no end.
        Assert.Equal("13:00/14:30 08:30/- 09:00/10:30", Times(result));
        Assert.Equal(["Make-up session"], result.Sessions[0].Topics);
    }

    [Theory]
    [InlineData("14:00-16:00 Lab")] // a range is not a start alone
    [InlineData("9:30 am review")]  // nor a 12-hour time this reader leaves to the class times
    [InlineData("2.3 Vectors")]     // nor a section number
    public void Text_that_only_looks_like_a_start_stays_a_topic(string topic)
    {
        var page = $"""
            # Numerics (Spring 2025)

            ## Schedule

            | Date | Topic |
            |---|---|
            | Jan 13 | {topic} |
            | Jan 15 | Intro |
            """;
        var result = TestPages.Import(page);
        Assert.Equal([topic], result.Sessions[0].Topics);
        Assert.Null(result.Sessions[0].Start);
    }

    [Fact]
    public void An_org_timestamp_with_hours_gives_the_session_its_start_and_end()
    {
        var page = """
            #+TITLE: Control systems 2025

            * Schedule
            ** <2025-09-01 Mon 08:30-09:50> Introduction [[./lectures/00.org]]
            ** <2025-09-03 Wed 08:30> Feedback
            ** <2025-09-08 Mon> Stability
            """;
        var result = TestPages.Import(page, fileName: "schedule.org");
        Assert.Equal("08:30/09:50 08:30/- -/-", Times(result));
        Assert.Equal(["Introduction"], result.Sessions[0].Topics);
    }
}
