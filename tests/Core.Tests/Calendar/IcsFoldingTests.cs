using CourseFunctions.Core.Calendar;

namespace CourseFunctions.Core.Tests.Calendar;

public class IcsFoldingTests
{
    [Theory]
    [InlineData(74, "a")]
    [InlineData(80, "a")]
    [InlineData(300, "é")]
    [InlineData(300, "😀")]
    [InlineData(300, "\\,")]
    [InlineData(300, "\\n")]
    [InlineData(200, "a\\\\")]
    public void Folds_at_75_octets_without_splitting_characters_or_escapes(int repeat, string piece)
    {
        var value = string.Concat(Enumerable.Repeat(piece, repeat));
        var folded = IcsFolding.Refold($"SUMMARY:{value}\r\n");
        IcsLines.AssertWellFormed(folded);
        Assert.Equal($"SUMMARY:{value}", folded.Replace("\r\n ", "").TrimEnd('\r', '\n'));
    }

    [Fact]
    public void Refolding_is_stable()
    {
        var once = IcsFolding.Refold("DESCRIPTION:" + new string('x', 500) + "\r\nUID:1\r\n");
        Assert.Equal(once, IcsFolding.Refold(once));
    }

    [Fact]
    public void Short_lines_are_left_alone() =>
        Assert.Equal("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", IcsFolding.Refold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
}
