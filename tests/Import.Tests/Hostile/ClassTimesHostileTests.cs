using System.Diagnostics;
using CourseFunctions.Import.Tests.Import;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// The class-times and week-label readers on hostile text: long runs between the parts of a time range, where a
/// backtracking regex with optional parts around spaces would try every split. The class-times stage is timed on its
/// own (the other stages' cost on a 900,000-character page is theirs); whole imports keep the hang bound.
/// </summary>
public class ClassTimesHostileTests
{
    private static readonly string Spaces = new(' ', 200_000);
    private static readonly string At = HostilePages.Run("at ", 3 * 300_000);

    // The readers' one-time start (CLDR names, regexes) is paid once, not in a timed stage.
    static ClassTimesHostileTests() => TestPages.Import(TestPages.Read("samples/iasd2025.md"));

    public static TheoryData<string> Pages() => new()
    {
        // The run inside a labelled class-times line, between the days and the range and inside the range.
        $"# Course\n\n- Class Times: Fridays{Spaces}9:00 AM{Spaces}- 12:15 PM\n\n| Date | Topic |\n|---|---|\n| Jan 10 | Intro |\n",
        // An unlabelled overview line that is one long run of "at " before its days and hours.
        $"# Course\n\n{At}Mondays 10:00-12:00\n\n| Date | Topic |\n|---|---|\n| Jan 13 | Intro |\n",
        // Numbers followed by runs of spaces and no range, in a labelled line, a CJK line and a table's header.
        $"# Course\n\nUhrzeit: 9{Spaces}9{Spaces}h\n\n下午2{Spaces}点\n\n| Date | Montag 9{Spaces}h |\n|---|---|\n| Jan 13 | Intro |\n",
        // A front-matter value with a run between its days and its hours (within the front matter's 64 KiB).
        $"---\ntitle: x\nsubtitle: \"Mon{new string(' ', 60_000)}10:00-11:15\"\n---\n\n| Date | Topic |\n|---|---|\n| Jan 13 | Intro |\n",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_class_times_stage_reads_long_runs_quickly(string page)
    {
        var context = new ImportContext(page, new ImportRequest { Today = new DateOnly(2030, 1, 1) }, CancellationToken.None);
        foreach (var stage in ImportPipeline.Stages.TakeWhile(stage => stage is not ClassTimesStage)) stage.Run(context);
        var clock = Stopwatch.StartNew();
        new ClassTimesStage().Run(context);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the class-times stage took {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Where a whole import meets the run: the places class times and week labels are read, {run} standing for it.</summary>
    private static readonly string[] Places =
    [
        "### Utorok {run}18:30-20:00",
        "- Uhrzeit: {run}8:15",
        "| Date | Time | Topic |\n|---|---|---|\n| Jan 13 | 9{run}- | Intro |",
        "| Date | Topic |\n|---|---|\n| KW 12 {run}Di | Intro |\n| Week 3 Tue | Intro |",
    ];

    public static TheoryData<int, string> Runs()
    {
        var data = new TheoryData<int, string>();
        for (var place = 0; place < Places.Length; place++)
            foreach (var token in new[] { "at ", " ", "9 " }) data.Add(place, token);
        return data;
    }

    /// <summary>Whole imports with one run as long as the other hostile pages' in a place the class times are read.</summary>
    [Theory]
    [MemberData(nameof(Runs))]
    public void A_page_with_a_run_in_its_class_times_imports_within_the_bound(int place, string token)
    {
        var page = "---\ntitle: x\n---\n\n" + Places[place].Replace("{run}", HostilePages.Run(token)) + "\n\n| Date | Topic |\n|---|---|\n| Jan 13 | Intro |\n";
        var (result, refusal) = HostilePageTests.ImportWithinBound(page);
        Assert.True(result is not null || refusal!.Message.Length > 0);
    }

    [Fact]
    public void The_readers_alone_read_long_runs_quickly()
    {
        var text = "Fridays 9" + Spaces + "- 12 " + At;
        var clock = Stopwatch.StartNew();
        ClassTimesReader.Read(text);
        ClassTimesReader.ReadOwnHours(text);
        ClassTimesReader.ReadExplicitRange(text);
        var dates = new ScheduleDateReader(2025);
        dates.Read("KW 12" + Spaces + "Di");
        dates.Find("Week 3 " + At + "Tue");
        dates.ReadAll("vecka 5 tisdag, " + At);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
