using CourseFunctions.Http;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http.Tests.Results;

public class EntityTagTests
{
    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"abc.gzip\"", true)]
    [InlineData("\"abc.br\"", true)]
    [InlineData("W/\"abc.br\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("\"x\",W/\"abc.gzip\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abd\"", false)]
    [InlineData("\"abc-br\"", false)] // another version, not a coding of this one
    [InlineData("\"abc.deflate\"", false)]
    [InlineData("abc", false)]
    [InlineData("\"", false)]
    [InlineData("\"abc\" junk", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void If_none_match_is_compared_weakly_across_codings(string? header, bool hits) =>
        Assert.Equal(hits, EntityTag.IfNoneMatchHits(header, "abc"));

    /// <summary>Base64url tokens may end in "-br" themselves: such a version is never cut short.</summary>
    [Theory]
    [InlineData("Zm9vLWJy-br")]
    [InlineData("x-gzip")]
    public void Every_tag_the_api_hands_out_parses_back_to_its_version(string version)
    {
        foreach (var coding in new string?[] { null, ContentCodings.Brotli, ContentCodings.Gzip })
        {
            var parsed = EntityTag.Parse(EntityTag.Format(version, coding));
            Assert.Equal([version], parsed!.Versions);
            Assert.False(parsed.Any);
        }
    }

    [Fact]
    public void A_star_anywhere_in_the_list_means_any_version() =>
        Assert.True(EntityTag.Parse("\"a\", *")!.Any);

    [Fact]
    public void Different_bodies_have_different_tags() =>
        Assert.NotEqual(RenderedBody.HashOf("a"u8), RenderedBody.HashOf("b"u8));
}
