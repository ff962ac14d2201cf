using CourseFunctions.Http;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Tests.Preconditions;

public class ConditionalRequestTests
{
    private const string Tag = "abc123";
    private static readonly DateTimeOffset Modified = new(2025, 1, 24, 10, 0, 0, 500, TimeSpan.Zero);

    private static HttpRequest Request(string method = "GET", params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
        return context.Request;
    }

    [Theory]
    [InlineData("If-None-Match", "\"abc123\"", ConditionalRequest.Outcome.NotModified)]
    [InlineData("If-None-Match", "W/\"abc123.br\"", ConditionalRequest.Outcome.NotModified)]
    [InlineData("If-None-Match", "\"other\"", ConditionalRequest.Outcome.Proceed)]
    [InlineData("If-Match", "\"other\"", ConditionalRequest.Outcome.PreconditionFailed)]
    [InlineData("If-Match", "\"abc123\"", ConditionalRequest.Outcome.Proceed)]
    [InlineData("If-Match", "*", ConditionalRequest.Outcome.Proceed)]
    [InlineData("If-Modified-Since", "Fri, 24 Jan 2025 10:00:00 GMT", ConditionalRequest.Outcome.NotModified)]
    [InlineData("If-Modified-Since", "Fri, 24 Jan 2025 09:59:59 GMT", ConditionalRequest.Outcome.Proceed)]
    [InlineData("If-Unmodified-Since", "Fri, 24 Jan 2025 09:59:59 GMT", ConditionalRequest.Outcome.PreconditionFailed)]
    [InlineData("If-Unmodified-Since", "Fri, 24 Jan 2025 10:00:00 GMT", ConditionalRequest.Outcome.Proceed)]
    public void Each_precondition_decides_as_RFC_9110_says(string header, string value, ConditionalRequest.Outcome expected) =>
        Assert.Equal(expected, ConditionalRequest.Evaluate(Request("GET", (header, value)), Tag, Modified));

    [Fact]
    public void If_none_match_wins_over_if_modified_since()
    {
        var request = Request("GET", ("If-None-Match", "\"other\""), ("If-Modified-Since", "Fri, 24 Jan 2025 10:00:00 GMT"));
        Assert.Equal(ConditionalRequest.Outcome.Proceed, ConditionalRequest.Evaluate(request, Tag, Modified));
    }

    [Fact]
    public void A_matching_if_none_match_on_a_write_fails_the_precondition() =>
        Assert.Equal(ConditionalRequest.Outcome.PreconditionFailed,
            ConditionalRequest.Evaluate(Request("PUT", ("If-None-Match", "*")), Tag, Modified));

    [Theory]
    [InlineData("bytes=0-99", 0, 100)]
    [InlineData("bytes=900-", 900, 100)]
    [InlineData("bytes=950-5000", 950, 50)]
    [InlineData("bytes=-10", 990, 10)]
    [InlineData("bytes=-5000", 0, 1000)]
    public void A_single_range_is_clipped_to_the_representation(string range, long start, long length) =>
        Assert.Equal(new ByteRange(start, length), ConditionalRequest.RangeOf(Request("GET", ("Range", range)), 1000, Tag, Modified));

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=-0")]
    public void A_range_past_the_end_is_unsatisfiable(string range) =>
        Assert.Same(ByteRange.Unsatisfiable, ConditionalRequest.RangeOf(Request("GET", ("Range", range)), 1000, Tag, Modified));

    [Theory]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-1")]
    [InlineData("bytes=x-y")]
    public void Ranges_this_server_does_not_serve_get_the_whole(string range) =>
        Assert.Null(ConditionalRequest.RangeOf(Request("GET", ("Range", range)), 1000, Tag, Modified));

    [Theory]
    [InlineData("\"abc123\"", true)]
    [InlineData("\"older\"", false)]
    [InlineData("W/\"abc123\"", false)]
    [InlineData("Fri, 24 Jan 2025 10:00:00 GMT", true)]
    [InlineData("Fri, 24 Jan 2025 09:00:00 GMT", false)]
    public void If_range_applies_the_range_only_to_the_same_version(string ifRange, bool ranged)
    {
        var range = ConditionalRequest.RangeOf(Request("GET", ("Range", "bytes=0-9"), ("If-Range", ifRange)), 1000, Tag, Modified);
        Assert.Equal(ranged, range is not null);
    }

    [Fact]
    public void Content_range_names_the_bytes_sent_or_the_length_for_a_416()
    {
        Assert.Equal("bytes 0-99/1000", new ByteRange(0, 100).ContentRange(1000));
        Assert.Equal("bytes */1000", ByteRange.Unsatisfiable.ContentRange(1000));
    }
}
