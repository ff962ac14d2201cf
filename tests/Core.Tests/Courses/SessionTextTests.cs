using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Tests.Courses;

public class SessionTextTests
{
    [Fact]
    public void Every_status_and_kind_reads_back_as_it_was_written()
    {
        foreach (var status in Enum.GetValues<SessionStatus>())
            Assert.True(SessionText.TryParseStatus(SessionText.Status(status), out var read) && read == status, status.ToString());
        foreach (var kind in Enum.GetValues<SessionKind>())
            Assert.True(SessionText.TryParseKind(SessionText.Kind(kind), out var read) && read == kind, kind.ToString());
    }

    [Fact]
    public void The_API_spells_them_in_lower_case_and_reads_any_case_and_the_American_spelling()
    {
        Assert.Equal("cancelled", SessionText.Status(SessionStatus.Cancelled));
        Assert.Equal("lab", SessionText.Kind(SessionKind.Lab));
        Assert.True(SessionText.TryParseStatus("Canceled", out var status));
        Assert.Equal(SessionStatus.Cancelled, status);
        Assert.True(SessionText.TryParseKind("EXAM", out var kind));
        Assert.Equal(SessionKind.Exam, kind);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("party")]
    [InlineData("")]
    public void Numbers_and_unknown_names_are_not_kinds(string text) => Assert.False(SessionText.TryParseKind(text, out _));
}
