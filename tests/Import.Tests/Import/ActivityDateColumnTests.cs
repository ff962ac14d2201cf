using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// Tables with a column of dates per kind of meeting: each date column, with the columns after it, gives its own
/// sessions; columns of dates per group, and deadline columns, do not.
/// </summary>
public class ActivityDateColumnTests
{
    private static string Dates(ImportResult result) => string.Join(" ", result.Sessions.Select(s => s.Date.ToString("MM-dd")));

    [Fact]
    public void A_repeated_date_header_starts_another_meeting_with_its_own_topics_and_holidays()
    {
        // Shaped as fisop/website docs/calendario.md: "Semana | Fecha | Teórica | Fecha | Práctica | Entregas", the theory
        // cell holding two groups' dates (the first is read), a holiday in the practice column only.
        var page = """
            # Calendario

            | Semana | Fecha                 | Teórica    | Fecha      | Práctica      | Entregas |
            |--------|-----------------------|------------|------------|---------------|----------|
            | 1      | 10/03/2026 11/03/2026 | Intro      | 13/03/2026 | Lab fork      |          |
            | 2      | 17/03/2026 18/03/2026 | Kernel     | 20/03/2026 | **FERIADO**   | TP0      |
            | 3      | 24/03/2026 25/03/2026 | Procesos   | 27/03/2026 | Shell         |          |
            """;
        var result = TestPages.Import(page);
        Assert.Equal("03-10 03-13 03-17 03-20 03-24 03-27", Dates(result));
        Assert.Equal(["Kernel"], result.Sessions[2].Topics);
        Assert.Equal(Core.Courses.SessionStatus.Scheduled, result.Sessions[2].Status);
        Assert.Equal(Core.Courses.SessionStatus.Cancelled, result.Sessions[3].Status);
        Assert.Equal(["Shell"], result.Sessions[5].Topics);
    }

    [Fact]
    public void Two_kinds_of_meeting_with_a_date_in_each_cell_are_both_read()
    {
        // Shaped as JamieMair/mpags-high-performance-computing timetable.md: "Week | Lecture | Workshop", each cell a
        // dd/mm/yy date, the hours and the room.
        var page = """
            # Course Schedule

            | Week | Lecture                         | Workshop                        |
            |------|---------------------------------|---------------------------------|
            | 1    | **17/01/23** 16:00-17:00 Room 5 | **19/01/23** 16:00-17:00 Room 2 |
            | 2    | **24/01/23** 16:00-17:00 Room 5 | **26/01/23** 16:00-17:00 Room 2 |
            | 3    | **31/01/23** 16:00-17:00 Room 5 | **02/02/23** 16:00-17:00 Room 2 |
            """;
        var result = TestPages.Import(page);
        Assert.Equal("01-17 01-19 01-24 01-26 01-31 02-02", Dates(result));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("column of dates per group"));
    }

    [Fact]
    public void A_table_wrapped_into_blocks_under_a_repeated_header_is_read_block_after_block()
    {
        // Shaped as YokoyamaLab/PythonBasics README.md: nine numbered days in three side-by-side blocks of
        // "回数 | 講義日", an empty column between blocks, MM/DD dates.
        var page = """
            # Python 入門

            | 回数 | 講義日 |   | 回数 | 講義日 |   | 回数 | 講義日 |
            |:----:|:-----:|:-:|:----:|:-----:|:-:|:----:|:-----:|
            | Day01 | 04/17 |   | Day04 | 05/08 |   | Day07 | 05/29 |
            | Day02 | 04/24 |   | Day05 | 05/15 |   | Day08 | 06/05 |
            | Day03 | 05/01 |   | Day06 | 05/22 |   | Day09 | 06/12 |
            """;
        var result = TestPages.Import(page);
        Assert.Equal("04-17 04-24 05-01 05-08 05-15 05-22 05-29 06-05 06-12", Dates(result));
        Assert.Equal(["Day04"], result.Sessions[3].Topics);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("column of dates per group"));
    }

    [Theory]
    [InlineData("| Date | Topic | Due date |", "Jan 20", "Jan 22")]
    [InlineData("| Group 1 | Group 2 |", "", "")]
    [InlineData("| Lab 1 | Lab 2 |", "", "")]
    public void Dates_of_deadlines_or_of_other_groups_are_no_other_meeting(string header, string due1, string due2)
    {
        var twoDateColumns = header.Count(c => c == '|') == 3;
        var rows = twoDateColumns ? $"| Jan 13 | Jan 14 |\n| Jan 15 | Jan 16 |" : $"| Jan 13 | Intro | {due1} |\n| Jan 15 | Links | {due2} |";
        var separator = twoDateColumns ? "|---|---|" : "|---|---|---|";
        var result = TestPages.Import($"# Networks (Spring 2025)\n\n## Schedule\n\n{header}\n{separator}\n{rows}\n");
        Assert.Equal("01-13 01-15", Dates(result));
    }
}
