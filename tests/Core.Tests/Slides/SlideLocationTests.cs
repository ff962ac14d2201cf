using CourseFunctions.Core.Slides;

namespace CourseFunctions.Core.Tests.Slides;

public class SlideLocationTests
{
    [Theory]
    [InlineData("iasd2025/2025-01-24-lazy-training.pdf", "iasd2025", "2025-01-24-lazy-training.pdf", "2025-01-24")]
    [InlineData("iasd2025/2025-01-24/part1.pdf", "iasd2025", "part1.pdf", "2025-01-24")]
    [InlineData("iasd2025/week3/2025-01-24_double-descent.pdf", "iasd2025", "2025-01-24_double-descent.pdf", "2025-01-24")]
    [InlineData("iasd2025/reading-list.pdf", "iasd2025", "reading-list.pdf", null)]
    [InlineData("iasd2025/2025-02-30.pdf", "iasd2025", "2025-02-30.pdf", null)]
    [InlineData("loose.pdf", null, "loose.pdf", null)]
    [InlineData("../x/2025-01-24.pdf", null, "2025-01-24.pdf", "2025-01-24")]
    public void Reads_course_file_and_session_from_the_name(string blobName, string? courseId, string fileName, string? session)
    {
        var location = SlideLocation.Parse(blobName);
        Assert.Equal(courseId, location.CourseId);
        Assert.Equal(fileName, location.FileName);
        Assert.Equal(session is null ? null : DateOnly.Parse(session), location.SessionDate);
    }

    [Fact]
    public void Session_metadata_wins_over_the_name()
    {
        var location = SlideLocation.Parse("iasd2025/2025-01-24-x.pdf", new Dictionary<string, string> { ["session"] = "2025-02-07" });
        Assert.Equal(new DateOnly(2025, 2, 7), location.SessionDate);
    }

    [Fact]
    public void Material_ids_are_stable_and_distinct()
    {
        Assert.Equal(SlideLocation.MaterialIdFor("iasd2025/a.pdf"), SlideLocation.Parse("iasd2025/a.pdf").MaterialId);
        Assert.NotEqual(SlideLocation.MaterialIdFor("iasd2025/a.pdf"), SlideLocation.MaterialIdFor("iasd2025/b.pdf"));
        Assert.Matches("^[0-9a-f]{16}$", SlideLocation.MaterialIdFor("iasd2025/a.pdf"));
    }
}
