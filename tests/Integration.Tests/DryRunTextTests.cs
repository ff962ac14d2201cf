using CourseFunctions.Cli;
using CourseFunctions.Core.Courses;
using CourseFunctions.Import;

namespace CourseFunctions.Integration.Tests;

/// <summary>The command line's dry-run text, from import results built to show each part of it.</summary>
public class DryRunTextTests
{
    private static readonly Course Course = new() { Id = "ml", Title = "Machine learning", TimeZone = "America/Chicago" };

    private static ImportResult Result(IReadOnlyList<Session> sessions, ImportProvenance provenance, params ImportWarning[] warnings) =>
        new(Course, sessions, warnings) { Provenance = provenance };

    private static readonly ImportProvenance Stated = new()
    {
        TimeZone = "the front matter's 'timezone:'", Year = "the semester \"Fall 2025\"", ClassTimes = "the front matter", Confidence = 0.9,
    };

    [Fact]
    public void A_guessed_year_is_the_first_warning_and_the_page_warnings_follow_with_their_lines()
    {
        var sessions = new[] { new Session { Date = new DateOnly(2031, 1, 10), Topics = ["Intro"] } };
        var text = DryRunText.Format(Result(sessions, Stated with { Year = "guessed: the current year (2031)", YearIsGuess = true, Confidence = 0.6 },
            new ImportWarning(12, "A row was odd.")));

        Assert.Contains("Warnings (2):\n  1. The year 2031 is a guess (guessed: the current year (2031)). Add the semester", text.ReplaceLineEndings("\n"));
        Assert.Contains("  2. line 12: A row was odd.", text);
        Assert.Contains("Confidence:  0.60", text);
        Assert.Contains("Time zone:   America/Chicago — the front matter's 'timezone:'", text);
    }

    [Fact]
    public void Unused_blocks_are_listed_with_their_line_and_reason()
    {
        var text = DryRunText.Format(Result([], Stated with { UnusedBlocks = [new UnusedBlock(40, "Mar 3 Homework 2 due", "a deadline, not a class")] }));

        Assert.Contains("No sessions.", text);
        Assert.Contains("Unused dated blocks: 1\n  line 40: \"Mar 3 Homework 2 due\": a deadline, not a class", text.ReplaceLineEndings("\n"));
        Assert.Contains("No warnings.", text);
    }

    [Fact]
    public void Unused_blocks_show_what_block_they_are_and_how_many_dates_they_carry()
    {
        var block = new UnusedBlock(12, "2025-01-31 … 2025-03-14", "a table of deadlines, not class meetings", "table", 4);
        var text = DryRunText.Format(Result([], Stated with { UnusedBlocks = [block] }));

        Assert.Contains("  line 12: table, 4 dates \"2025-01-31 … 2025-03-14\": a table of deadlines, not class meetings", text);
    }

    [Fact]
    public void Rows_show_times_kinds_and_long_topics_cut_to_one_line()
    {
        var sessions = new[]
        {
            new Session { Date = new DateOnly(2025, 9, 2), Start = new TimeOnly(14, 0), End = new TimeOnly(15, 15), Topics = [new string('x', 100)] },
            new Session { Date = new DateOnly(2025, 12, 9), Kind = SessionKind.Exam, Status = SessionStatus.Cancelled, Note = "Moved" },
        };
        var lines = DryRunText.Format(Result(sessions, Stated)).ReplaceLineEndings("\n").Split('\n');

        Assert.Equal(
            "Tue 2025-09-02  14:00-15:15  scheduled         " + new string('x', 59) + "…",
            lines.Single(line => line.StartsWith("Tue 2025-09", StringComparison.Ordinal)));
        Assert.Equal("Tue 2025-12-09               cancelled (exam)  Moved", lines.Single(line => line.StartsWith("Tue 2025-12", StringComparison.Ordinal)));
        Assert.Contains("2 sessions, 1 scheduled, 1 cancelled, 1 exam", lines);
    }
}
