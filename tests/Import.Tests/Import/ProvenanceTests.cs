namespace CourseFunctions.Import.Tests.Import;

/// <summary>The import says where its zone, year and class times came from, and flags what it took on trust.</summary>
public class ProvenanceTests
{
    private const string FridayMornings = "- **Class Times**: Fridays, 9:00-12:00";

    [Fact]
    public void A_page_without_a_zone_gets_the_default_and_the_provenance_names_the_key_that_sets_it()
    {
        var result = TestPages.Import(TestPages.AlFolioPage("- **Semester**: Winter 2025\n" + FridayMornings, "| Jan 10 | Intro | |"));
        var provenance = result.Provenance!;
        Assert.True(provenance.TimeZoneIsDefault);
        Assert.Contains("'timezone:'", provenance.TimeZone);
        Assert.False(provenance.YearIsGuess);
        Assert.Contains("Winter 2025", provenance.Year);
        Assert.Contains("course information", provenance.ClassTimes);
    }

    [Fact]
    public void A_zone_in_the_front_matter_is_no_default()
    {
        var result = TestPages.Import(
            TestPages.AlFolioPage("- **Semester**: Winter 2025\n" + FridayMornings, "| Jan 10 | Intro | |", "timezone: America/Chicago"));
        Assert.Equal("America/Chicago", result.Course.TimeZone);
        Assert.False(result.Provenance!.TimeZoneIsDefault);
        Assert.Contains("front matter", result.Provenance.TimeZone);
    }

    [Fact]
    public void A_year_nothing_tells_is_flagged_as_a_guess_and_lowers_the_confidence()
    {
        var guessed = TestPages.Import(TestPages.AlFolioPage(FridayMornings, "| Jan 10 | Intro | |").Replace("test-course", "course"), todayYear: 2031);
        var stated = TestPages.Import(TestPages.AlFolioPage("- **Semester**: Winter 2031\n" + FridayMornings, "| Jan 10 | Intro | |"), todayYear: 2031);

        Assert.True(guessed.Provenance!.YearIsGuess);
        Assert.Contains("2031", guessed.Provenance.Year);
        Assert.False(stated.Provenance!.YearIsGuess);
        Assert.True(guessed.Provenance.Confidence < stated.Provenance.Confidence);
    }

    [Fact]
    public void A_year_from_the_weekdays_is_no_guess()
    {
        var page = TestPages.AlFolioPage(FridayMornings, "| Jan 10 | Intro | |\n| Jan 17 | Kernels | |\n| Jan 24 | Lazy training | |")
            .Replace("test-course", "course");
        var provenance = TestPages.Import(page, todayYear: 2027).Provenance!;
        Assert.False(provenance.YearIsGuess);
        Assert.Contains("weekdays", provenance.Year);
    }

    [Fact]
    public void A_page_without_sessions_has_no_confidence_and_no_class_times_source()
    {
        var provenance = TestPages.Import(TestPages.AlFolioPage("- **Semester**: Winter 2025", "")).Provenance!;
        Assert.Equal(0, provenance.Confidence);
        Assert.Null(provenance.ClassTimes);
    }
}
