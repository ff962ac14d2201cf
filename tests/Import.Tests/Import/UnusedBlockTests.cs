using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// What the import leaves out is reported beside what it reads: every dated block not chosen (what it is, where, how
/// many dates, why), tables of deadlines, quizzes or office hours left out with a warning that names them, and a
/// confidence that falls when a rival block's dates were not used.
/// </summary>
public class UnusedBlockTests
{
    private static string Dates(ImportResult result) => string.Join(" ", result.Sessions.Select(s => s.Date.ToString("MM-dd")));

    // Modelled on AndresCastanoZuluaga/73-103-fall-2026 schedule.qmd and mlba-fall-2026 schedule.qmd: a "Quick
    // reference" of problem-set and quiz tables above the class-by-class schedule. The course and all text are ours.
    // Counted by hand: 4 meetings (Aug 24, 26, 31, Sep 2); the 3 problem sets and 5 quizzes are no meetings.
    private const string QuickReferencePage = """
        ---
        title: Principles of Macroeconomics
        ---

        # Principles of Macroeconomics (Fall 2026)

        ## Quick reference

        ### Problem sets

        | Set | Out | Due |
        |-----|-----|-----|
        | PS1 | Wed 26 Aug 2026 | Wed 9 Sep 2026 |
        | PS2 | Wed 23 Sep 2026 | Wed 30 Sep 2026 |
        | PS3 | Wed 21 Oct 2026 | Mon 2 Nov 2026 |

        ### Quizzes

        | Quiz | Date |
        |------|------|
        | Q1 | Mon 31 Aug 2026 |
        | Q2 | Wed 16 Sep 2026 |
        | Q3 | Wed 21 Oct 2026 |
        | Q4 | Wed 28 Oct 2026 |
        | Q5 | Mon 9 Nov 2026 |

        ## Class by class

        - Mon 24 Aug 2026: What macroeconomics measures
        - Wed 26 Aug 2026: Output and income
        - Mon 31 Aug 2026: The business cycle
        - Wed 2 Sep 2026: Prices and the cost of living
        """;

    [Fact]
    public void Tables_of_problem_sets_and_quizzes_are_left_out_with_a_warning_naming_each_and_reported_as_unused()
    {
        var result = TestPages.Import(QuickReferencePage);

        // The quiz table's five rising Monday/Wednesday dates would outvote the four meetings: it is no rival.
        Assert.Equal("08-24 08-26 08-31 09-02", Dates(result));
        Assert.Contains(result.Warnings, w => w.Line == 11
            && w.Message.Contains("under the heading \"Problem sets\"") && w.Message.Contains("it was left out"));
        Assert.Contains(result.Warnings, w => w.Line == 19 && w.Message.Contains("under the heading \"Quizzes\"") && w.Message.Contains("not class meetings"));
        var unused = result.Provenance!.UnusedBlocks;
        Assert.Equal(2, unused.Count);
        Assert.All(unused, block => Assert.Equal("table", block.Kind));
        Assert.All(unused, block => Assert.Contains("deadlines, exams or office hours", block.Reason));
        Assert.Equal([3, 5], unused.OrderBy(block => block.Line).Select(block => block.Dates));
        Assert.Equal("2026-08-31 … 2026-11-09", unused.Single(block => block.Line == 19).Label);
    }

    [Fact]
    public void Known_deadline_tables_do_not_lower_the_confidence_but_a_rival_block_does()
    {
        var withDeadlines = TestPages.Import(QuickReferencePage).Provenance!.Confidence;
        var meetingsOnly = TestPages.Import(QuickReferencePage[..QuickReferencePage.IndexOf("## Quick reference", StringComparison.Ordinal)]
            + QuickReferencePage[QuickReferencePage.IndexOf("## Class by class", StringComparison.Ordinal)..]).Provenance!.Confidence;
        // A table of dates that names nothing the reader knows is a rival it could not rule out.
        var withRival = TestPages.Import(QuickReferencePage + """


            ## Guest visits

            | When | Who |
            |---|---|
            | Mon 7 Sep 2026 | A visiting economist |
            | Mon 14 Sep 2026 | A central banker |
            """).Provenance!.Confidence;

        Assert.Equal(meetingsOnly, withDeadlines);
        Assert.True(withRival < withDeadlines, $"{withRival} < {withDeadlines}");
    }

    [Fact]
    public void A_table_that_lost_the_vote_is_an_unused_block_saying_which_block_was_chosen()
    {
        var page = """
            # Signals and systems (Spring 2025)

            ## Important dates

            | Date | Event |
            |---|---|
            | Mar 14 | Midterm |
            | May 2 | Final |

            ## Sessions

            - Jan 14: Signals and their classes
            - Jan 16: Systems and their properties
            - Jan 21: Convolution
            - Jan 23: Fourier series
            - Jan 28: Fourier transform
            """;
        var provenance = TestPages.Import(page).Provenance!;

        var block = Assert.Single(provenance.UnusedBlocks);
        Assert.Equal((5, "table", 2, "2025-03-14 … 2025-05-02"), (block.Line, block.Kind, block.Dates, block.Label));
        Assert.StartsWith("the list at line 12 was chosen (5 dates, 5 of them in order", block.Reason);
        // 5 dates read of 7 dated rows, and the zone is a default: 5/7 × 0.9.
        Assert.Equal(0.64, provenance.Confidence, precision: 2);
    }

    [Fact]
    public void Rows_of_the_schedule_without_a_date_lower_the_confidence()
    {
        var dated = TestPages.Import(TestPages.AlFolioPage("- **Semester**: Winter 2025", "| Jan 10 | Intro | |\n| Jan 17 | Kernels | |")).Provenance!;
        var withUndated = TestPages.Import(TestPages.AlFolioPage("- **Semester**: Winter 2025",
            "| Jan 10 | Intro | |\n| TBA | Guest | |\n| Jan 17 | Kernels | |")).Provenance!;

        Assert.Empty(withUndated.UnusedBlocks);
        Assert.True(withUndated.Confidence < dated.Confidence, $"{withUndated.Confidence} < {dated.Confidence}");
    }
}
