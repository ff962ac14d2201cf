using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Tests;

public class CourseIdTests
{
    [Theory]
    [InlineData("iasd2025")]
    [InlineData("cs-101")]
    [InlineData("ML_2024")]
    public void Accepts_plain_ids(string id) => Assert.True(CourseId.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../secrets")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    [InlineData("a\tb")]
    [InlineData("-leading")]
    [InlineData("café")]
    [InlineData("a%2Fb")]
    public void Refuses_hostile_or_storage_forbidden_ids(string id) => Assert.False(CourseId.IsValid(id));

    [Fact]
    public void Refuses_ids_over_the_length_limit()
    {
        Assert.True(CourseId.IsValid(new string('a', CourseId.MaxLength)));
        Assert.False(CourseId.IsValid(new string('a', CourseId.MaxLength + 1)));
    }

    [Theory]
    [InlineData("Mathematics of Deep Learning", "mathematics-of-deep-learning")]
    [InlineData("iasd2025", "iasd2025")]
    [InlineData("***", null)]
    public void Slugs_names(string name, string? expected) => Assert.Equal(expected, CourseId.FromName(name));
}
