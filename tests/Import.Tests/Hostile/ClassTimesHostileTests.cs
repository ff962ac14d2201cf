using System.Diagnostics;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// The class-times readers on hostile text: long runs between the parts of a time range, where a backtracking regex
/// with optional parts around spaces would try every split. Each import must end far inside the hang bound.
/// </summary>
public class ClassTimesHostileTests
{
    public static TheoryData<string> Pages()
    {
        var spaces = new string(' ', 200_000);
        var at = HostilePages.Run("at ", 3 * 300_000);
        return new TheoryData<string>
        {
            // The run inside a labelled class-times line, between the days and the range and inside the range.
            $"# Course\n\n- Class Times: Fridays{spaces}9:00 AM{spaces}- 12:15 PM\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| Jan 10 | Intro |\n",
            // An unlabelled overview line that is one long run of "at " before its days and hours.
            $"# Course\n\n{at}Mondays 10:00-12:00\n\n| Date | Topic |\n|---|---|\n| Jan 13 | Intro |\n",
            // A number followed by a run of spaces and no range: every start position is tried by a naive reader.
            $"# Course\n\nUhrzeit: 9{spaces}9{spaces}h\n\n下午2{spaces}点\n\n| Date | Time | Topic |\n|---|---|---|\n| Jan 13 | 9{spaces}- | Intro |\n",
            // A week label with a run where its weekday should be.
            $"# Course\n\n| Date | Topic |\n|---|---|\n| KW 12{spaces}Di | Intro |\n| Week 3 Tue | Intro |\n",
            // A week label that goes on in a run: as long as the other hostile runs (the sessions stage's own reading of a
            // 900,000-character topic takes seconds of its own).
            $"# Course\n\n| Date | Topic |\n|---|---|\n| Week 3 {HostilePages.Run("at ")} | Tue |\n| Week 3 Tue | Intro |\n",
        };
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Long_runs_in_class_times_import_quickly(string page)
    {
        var clock = Stopwatch.StartNew();
        var (result, refusal) = HostilePageTests.ImportWithinBound(page);
        Assert.True(result is not null || refusal!.Message.Length > 0);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void The_reader_alone_reads_a_long_run_quickly()
    {
        var text = "Fridays 9" + new string(' ', 200_000) + "- 12 " + HostilePages.Run("at ", 900_000);
        var clock = Stopwatch.StartNew();
        ClassTimesReader.Read(text);
        ClassTimesReader.ReadOwnHours(text);
        ClassTimesReader.ReadExplicitRange(text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
