using System.Diagnostics;
using System.Text;
using CourseFunctions.Import.Tests.Import;
using Xunit.Abstractions;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// The import's budget stops the work itself, not only the request (issue 21: the command line ran on for minutes after
/// its 10 s budget): every reader that walks a page's rows, lines or blocks checks the budget's token. Each page here is
/// built to keep one reader busy far past a small budget; the import must end soon after the token fires, with the
/// cancellation the budget turns into its error, on the thread that did the work.
/// </summary>
public class BudgetTests(ITestOutputHelper output)
{
    // Short enough that even the pages capped at 64 KiB (front matter, data files) outlast it on a fast machine.
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Spends the budget from a thread of its own. CancelAfter's timer runs on the thread pool, which the suite's parallel
    /// tests keep busy: it once fired at 597 ms, after a 58 ms import had finished, and the test failed for want of a budget.
    /// </summary>
    private static void SpendAfter(CancellationTokenSource budget, TimeSpan after) =>
        new Thread(() =>
        {
            Thread.Sleep(after);
            budget.Cancel();
        }) { IsBackground = true }.Start();

    /// <summary>How long the work may go on once the budget is spent: a reader checks every few dozen rows, so well under this when idle.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(2);

    private static string Repeat(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++) text.Append(line(i));
        return text.ToString();
    }

    private static string Day(int i) => $"{new DateOnly(2030, 1, 1).AddDays(i % 360):ddd d MMM yyyy}";

    /// <summary>
    /// Runs <paramref name="work"/> while the budget is spent <see cref="Budget"/> in; gives how it ended, when it stopped and
    /// when the budget's token fired, both on one clock started just before the work.
    /// </summary>
    private static (Exception? Ended, TimeSpan Stopped, TimeSpan? Fired) WorkUntilSpent(CancellationTokenSource budget, Action work)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan? fired = null;
        // The token reads as cancelled before its callbacks have run: the work may end before this one has.
        using var firedSeen = new ManualResetEventSlim();
        using var _ = budget.Token.Register(() =>
        {
            fired = clock.Elapsed;
            firedSeen.Set();
        });
        SpendAfter(budget, Budget);
        Exception? ended = null;
        try
        {
            work();
        }
        catch (Exception error)
        {
            ended = error;
        }
        var stopped = clock.Elapsed;
        firedSeen.Wait(TimeSpan.FromSeconds(10));
        return (ended, stopped, fired);
    }

    public static TheoryData<string> Kinds() =>
    [
        "table", "list", "headings", "definition list", "week grid", "front-matter sessions", "data file", "week offsets",
        "html table", "restructured text", "org", "asciidoc", "mdx", "prose",
    ];

    /// <summary>A page of one schedule shape (or format), far longer than any course has, each row its own date.</summary>
    private static (string Page, string? FileName) Build(string kind) => kind switch
    {
        // Tables within the caps (PageSource.MaxTableRows lines in a run), many of them.
        "table" => ("# Course\n\n## Schedule\n\n" + Repeat(8, t => "| Date | Topic | Notes |\n|---|---|---|\n"
            + Repeat(490, i => $"| {Day(i)} | Topic {t}.{i} with words | no class? {i} |\n") + "\nBetween the tables.\n\n"), null),
        "list" => ("# Course\n\n## Schedule\n\n" + Repeat(40_000, i => $"- {Day(i)}: topic {i}\n"), null),
        "headings" => ("# Course\n\n" + Repeat(20_000, i => $"### {Day(i)}\n\nTopic {i}\n\n"), null),
        "definition list" => ("# Course\n\n## Schedule\n\n" + Repeat(20_000, i => $"{Day(i)}\n: Topic {i}\n\n"), null),
        "week grid" => ("---\ntitle: Course\nstart_date: 2030-01-07\n---\n\n## Schedule\n\n" + Repeat(8, t => "| Week | Tuesday | Thursday |\n|---|---|---|\n"
            + Repeat(490, i => $"| Week {i + 1} | Topic {t}.{i} | Lab {i} |\n") + "\nBetween the grids.\n\n"), null),
        "front-matter sessions" => ("---\ntitle: Course\nsessions:\n"
            + Repeat(1_400, i => $"  - date: {new DateOnly(2030, 1, 1).AddDays(i):yyyy-MM-dd}\n    topic: T{i}\n")
            + "---\n# Course\n", null),
        "data file" => (Repeat(1_400, i => $"- date: {new DateOnly(2030, 1, 1).AddDays(i):yyyy-MM-dd}\n  title: T{i}\n"), "schedule.yml"),
        "week offsets" => ("semester_start: \"2030-01-06T00:00:00-05:00\"\nweeks:\n"
            + Repeat(700, i => $"  - week_offset: {i}\n    sessions:\n      - day: M\n        title: T{i}\n"), "schedule.yml"),
        "html table" => ("# Course\n\n<table><tr><th>Date</th><th>Topic</th></tr>\n"
            + Repeat(40_000, i => $"<tr><td>{Day(i)}</td><td>T{i}</td></tr>\n") + "</table>\n", null),
        "restructured text" => ("Course\n======\n\n" + Repeat(40_000, i => $"* {Day(i)}: `topic <https://example.org/{i}>`__\n"), "schedule.rst"),
        "org" => ("#+TITLE: Course\n\n"
            + Repeat(30_000, i => $"* <{new DateOnly(2030, 1, 1).AddDays(i % 360):yyyy-MM-dd ddd}> [[https://example.org/{i}][T{i}]]\n"),
            "schedule.org"),
        "asciidoc" => ("= Course\n\n[cols=\"1,3\", options=\"header\"]\n|===\n| Date\n| Topic\n\n"
            + Repeat(40_000, i => $"| {Day(i)}\n| link:https://example.org/{i}[T{i}] anchor:t{i}[]\n\n") + "|===\n", "schedule.adoc"),
        "mdx" => ("import {LectureRow} from '@site/x'\n\n# Course\n\n"
            + Repeat(30_000, i => $"<LectureRow date=\"{new DateOnly(2030, 1, 1).AddDays(i % 360):dd/MM/yyyy}\" time=\"10:00-12:00\">T{i}</LectureRow>\n"),
            "schedule.mdx"),
        _ => ("# Course\n\nClass times: Tuesdays 10:00-12:00 CET at the University of Nottingham.\n\n"
            + Repeat(40_000, i => $"Paragraph {i} at 10:00 on {Day(i)}.\n\n"), null),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_page_slow_in_one_reader_stops_soon_after_the_budget_is_spent(string kind)
    {
        var (page, fileName) = Build(kind);
        CoursePageImporter.Prepare();
        using var budget = new CancellationTokenSource();
        var (ended, stopped, fired) = WorkUntilSpent(budget,
            () => CoursePageImporter.Import(page, new ImportRequest { Today = new DateOnly(2030, 1, 1), FileName = fileName }, budget.Token));
        output.WriteLine($"{kind}: {page.Length:N0} characters; budget spent at {fired?.TotalMilliseconds:N0} ms, "
            + $"work ended at {stopped.TotalMilliseconds:N0} ms ({ended?.GetType().Name ?? "finished"})");
        // The page must outlast the budget, or this test proves nothing about stopping.
        Assert.IsAssignableFrom<OperationCanceledException>(ended);
        var after = stopped - fired!.Value;
        Assert.True(after < Promptly, $"{kind}: the work went on {after.TotalMilliseconds:N0} ms after the budget was spent");
    }

    public static TheoryData<string> Shapes() => ["table", "list", "headings", "definition list", "week grid"];

    /// <summary>
    /// The schedule sources' readers check the budget too (<see cref="ImportBudget"/>), not only the stage between them:
    /// every stage before the sources runs in full, then the budget runs out while they read. Markdig's parse, which
    /// takes no token, is out of this measure.
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_schedule_source_stops_soon_after_the_budget_is_spent_while_it_reads(string kind)
    {
        var (page, fileName) = Build(kind);
        CoursePageImporter.Prepare();
        using var budget = new CancellationTokenSource();
        var context = new ImportContext(page, new ImportRequest { Today = new DateOnly(2030, 1, 1), FileName = fileName }, budget.Token);
        using var scope = ImportBudget.Enter(budget.Token);
        foreach (var stage in ImportPipeline.Stages.TakeWhile(stage => stage is not CandidatesStage)) stage.Run(context);
        var (ended, stopped, fired) = WorkUntilSpent(budget, () => new CandidatesStage().Run(context));
        output.WriteLine($"{kind}: sources read for {stopped.TotalMilliseconds:N0} ms, budget spent at {fired?.TotalMilliseconds:N0} ms");
        Assert.IsAssignableFrom<OperationCanceledException>(ended);
        var after = stopped - fired!.Value;
        Assert.True(after < ReaderPromptly, $"{kind}: the sources read on {after.TotalMilliseconds:N0} ms after the budget was spent");
    }

    /// <summary>A reader checks every row: far less than this when idle (the bound leaves room for a loaded machine's scheduling).</summary>
    private static readonly TimeSpan ReaderPromptly = TimeSpan.FromMilliseconds(500);
}
