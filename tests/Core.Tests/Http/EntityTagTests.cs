using CourseFunctions.Core.Http;

namespace CourseFunctions.Core.Tests.Http;

public class EntityTagTests
{
    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"abc-gzip\"", true)]
    [InlineData("\"abc-br\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abd\"", false)]
    [InlineData("abc", false)]
    [InlineData("\"", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void If_none_match_is_compared_weakly_across_codings(string? header, bool hits) =>
        Assert.Equal(hits, EntityTag.IfNoneMatchHits(header, "abc"));

    [Fact]
    public void Different_bodies_have_different_tags() =>
        Assert.NotEqual(EntityTag.ForBody("a"u8), EntityTag.ForBody("b"u8));
}
