using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

/// <summary>
/// A schedule with a column of dates per group (nathaliedesmangles/python content/Cours/_index.md): one course per group,
/// each imported with its group; without one, the first group's column, and a warning that names the others.
/// </summary>
public class GroupColumnTests
{
    private static readonly string Page = TestPages.Read("Corpus/hugo-toml-group-columns.md");

    private static ImportResult Import(string? group) => CoursePageImporter.Import(Page,
        new ImportRequest { Today = new DateOnly(2030, 1, 1), FileName = "hugo-toml-group-columns.md", Group = group });

    private static string Dates(ImportResult result) => string.Join(" ", result.Sessions.Select(s => s.Date.ToString("yyyy-MM-dd")));

    [Fact]
    public void Without_a_group_the_first_column_is_read_and_the_warning_names_the_groups()
    {
        var result = Import(null);
        Assert.Equal("2025-08-25 2025-09-01 2025-09-15", Dates(result));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith(
            "The schedule has a column of dates per group (groupe 01 (lundi 13h00), groupe 02 (mercredi 08h00))"));
    }

    [Theory]
    [InlineData("Groupe 02")]
    [InlineData("02")]
    [InlineData("MERCREDI")]
    public void A_group_reads_its_own_column_whatever_case_or_part_of_the_header_names_it(string group)
    {
        var result = Import(group);
        Assert.Equal("2025-08-27 2025-09-03 2025-09-17", Dates(result));
        Assert.Equal(["Cours 01"], result.Sessions[0].Topics);
        Assert.Contains(result.Warnings, w => w.Line == 22 && w.Message == $"The group \"{group}\": column 3 (\"groupe 02 (mercredi 08h00)\") was read.");
        Assert.DoesNotContain(result.Warnings, w => w.Message.StartsWith("The schedule is this table"));
    }

    [Fact]
    public void An_unknown_group_is_refused_with_the_groups_there_are()
    {
        var error = Assert.Throws<CoursePageException>(() => Import("Groupe 7"));
        Assert.Equal("No column of dates in the schedule is headed \"Groupe 7\"; "
            + "the columns of dates are: \"groupe 01 (lundi 13h00)\", \"groupe 02 (mercredi 08h00)\".", error.Message);
    }

    [Fact]
    public void A_date_column_beside_a_column_of_deadlines_is_no_pair_of_groups()
    {
        var page = """
            # Networks (Spring 2025)

            ## Schedule

            | Date | Topic | Due |
            |---|---|---|
            | Jan 13 | Intro | Jan 20 |
            | Jan 15 | Links | Jan 22 |
            """;
        var result = TestPages.Import(page);
        Assert.Equal("2025-01-13 2025-01-15", Dates(result));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("per group"));
    }
}
