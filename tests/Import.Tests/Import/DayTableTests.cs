namespace CourseFunctions.Import.Tests.Import;

/// <summary>Sibling day tables under dated week headings are one schedule (the corpus page dutch-week-day-tables.md reads a whole one).</summary>
public class DayTableTests
{
    // Modelled on HU-TI-DEV/TI-S2 programma/README.md, whose second week's heading carries last year's date among the
    // autumn's weeks. The course and all text are ours. Counted by hand: 2 + 2 + 1 = 5 sessions, from 31 Aug 2026.
    private const string StaleYearPage = """
        # Blok A: Programmeren

        De studenten leren in dit blok programmeren in teams, met elke week een kennissessie en een projectdag.

        ## Programma

        ### Onderwijsweek A1 (31-08-2026)

        | Dag | Project | Kennissessie |
        | --- | --- | --- |
        | ma  | Kennismaking | |
        | di  | | Werken met de terminal |

        ### Onderwijsweek A2 (07-09-2025)

        | Dag | Project | Kennissessie |
        | --- | --- | --- |
        | ma  | Teams vormen | |
        | wo  | | Versiebeheer |

        ### Onderwijsweek A3 (14-09-2026)

        | Dag | Project | Kennissessie |
        | --- | --- | --- |
        | ma  | Eerste sprint | |
        """;

    [Fact]
    public void A_week_heading_with_a_slipped_year_is_read_in_the_year_of_the_weeks_around_it_and_said()
    {
        var result = TestPages.Import(StaleYearPage);

        Assert.Equal(["2026-08-31", "2026-09-01", "2026-09-07", "2026-09-09", "2026-09-14"],
            result.Sessions.Select(session => session.Date.ToString("yyyy-MM-dd")));
        Assert.Contains(result.Warnings, w => w.Line == 14 && w.Message.Contains("gives the year 2025 among weeks of 2026"));
    }
}
