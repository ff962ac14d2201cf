using System.Text.Json;
using CourseFunctions.Core.Courses;
using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>The user's own course page, imported as it is.</summary>
public class SeedPageImportTests
{
    private static readonly ImportResult Result = TestPages.Import(TestPages.Read("samples/iasd2025.md"));
    private static Course Course => Result.Course;

    [Fact]
    public void Course_facts_come_from_front_matter_and_the_information_list()
    {
        Assert.Equal("iasd2025", Course.Id);
        Assert.Equal("Mathematics of deep learning", Course.Title);
        Assert.Equal("PSL University", Course.Institution);
        Assert.Equal("Intelligence Artificielle, Systèmes, Données - Informatique (IASD) M2", Course.Program);
        Assert.Equal([new Instructor("Dr. Bruno Loureiro", "bruno.loureiro@di.ens.fr")], Course.Instructors);
        Assert.Equal("Winter 2025", Course.Semester);
        Assert.Equal("Europe/Paris", Course.TimeZone);
        Assert.Equal("Check at the ENT.", Course.Location);
        Assert.Equal("/teaching/iasd2025", Course.PageUrl);
    }

    [Fact]
    public void The_impossible_end_time_is_read_as_pm_and_reported_with_its_line()
    {
        Assert.Equal([new ClassTime(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(12, 15))], Course.ClassTimes);
        var warning = Assert.Single(Result.Warnings);
        Assert.Equal(17, warning.Line);
        Assert.Contains("12:15", warning.Message);
    }

    [Fact]
    public void Description_topics_and_literature_are_separate_fields()
    {
        Assert.StartsWith("In the absence of a well-defined body of mathematics", Course.Description!.Markdown);
        Assert.DoesNotContain("Universal approximation", Course.Description.Markdown);
        Assert.Equal(6, Course.Topics.Count);
        Assert.Equal("Universal approximation theorems", Course.Topics[1]);
        Assert.Null(Course.Evaluation);

        Assert.Equal(4, Course.Literature.Count);
        var bach = Course.Literature[0];
        Assert.Equal("Learning theory from first principles", bach.Title);
        Assert.Equal("https://www.di.ens.fr/~fbach/ltfp_book.pdf", bach.Url);
        Assert.Equal(["Francis Bach"], bach.Authors);
        Assert.Equal("Random Matrix Methods for Machine Learning", Course.Literature[2].Title);
        Assert.Equal(["Romain Couillet", "Zhenyu Liao"], Course.Literature[2].Authors);
    }

    [Fact]
    public void Schedule_has_eight_friday_sessions_in_2025()
    {
        Assert.Equal(
            ["2025-01-10", "2025-01-17", "2025-01-24", "2025-01-31", "2025-02-07", "2025-02-14", "2025-02-21", "2025-02-28"],
            Result.Sessions.Select(s => s.Date.ToString("yyyy-MM-dd")));
        Assert.All(Result.Sessions, s => Assert.Equal((new TimeOnly(9, 0), new TimeOnly(12, 15)), (s.Start!.Value, s.End!.Value)));
    }

    [Fact]
    public void Br_cells_become_topics_and_no_class_becomes_a_cancellation()
    {
        Assert.Equal(["Introduction", "Recap of maths"], Result.Sessions[0].Topics);
        var january31 = Result.Sessions.Single(s => s.Date == new DateOnly(2025, 1, 31));
        Assert.Equal(SessionStatus.Cancelled, january31.Status);
        Assert.Empty(january31.Topics);
        Assert.Equal("No class", january31.Note);
        Assert.Equal(7, Result.Sessions.Count(s => s.Status == SessionStatus.Scheduled));
        Assert.All(Result.Sessions.Skip(1), s => Assert.Empty(s.Topics));
    }

    [Fact]
    public void Importing_twice_gives_the_same_result()
    {
        var again = TestPages.Import(TestPages.Read("samples/iasd2025.md"));
        Assert.Equal(JsonSerializer.Serialize(Result), JsonSerializer.Serialize(again));
    }
}
