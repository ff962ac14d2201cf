using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>al-folio's course-collection format: the schedule lives in the front matter.</summary>
public class CourseCollectionImportTests
{
    private static readonly CourseFunctions.Import.ImportResult Result = TestPages.Import(TestPages.Read("Pages/alfolio-collection.md"));

    [Fact]
    public void Course_keys_are_read_from_front_matter()
    {
        var course = Result.Course;
        Assert.Equal("cs-101", course.Id);
        Assert.Equal("Fall 2024", course.Semester);
        Assert.Equal("America/New_York", course.TimeZone);
        Assert.Equal([new Instructor("Prof. Jane Smith", null)], course.Instructors);
        Assert.Equal("Room 101, Computer Science Building", course.Location);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], course.ClassTimes.Select(c => c.Day));
        Assert.All(course.ClassTimes, c => Assert.Equal((new TimeOnly(10, 0), new TimeOnly(11, 30)), (c.Start, c.End)));
    }

    [Fact]
    public void Schedule_entries_become_sessions_with_materials_flags_and_kinds()
    {
        Assert.Equal(["2024-09-03", "2024-09-05", "2024-09-10", "2024-11-05"], Result.Sessions.Select(s => s.Date.ToString("yyyy-MM-dd")));
        var first = Result.Sessions[0];
        Assert.Equal(["Introduction to Machine Learning"], first.Topics);
        Assert.Equal("Course overview and logistics.", first.Note);
        Assert.Equal([new MaterialLink("Slides", "/assets/pdf/intro.pdf"), new MaterialLink("Reading", "https://example.edu/reading1.pdf")], first.Materials);
        Assert.Equal(SessionStatus.Cancelled, Result.Sessions[2].Status);
        Assert.Equal(SessionKind.Exam, Result.Sessions[3].Kind);
        Assert.Equal(SessionKind.Lecture, Result.Sessions[1].Kind);
    }

    [Fact]
    public void An_entry_without_a_date_is_a_warning_with_its_line()
    {
        var warning = Assert.Single(Result.Warnings);
        Assert.Equal(29, warning.Line);
        Assert.Contains("week 2", warning.Message);
    }
}
