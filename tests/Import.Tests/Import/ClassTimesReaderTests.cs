using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

public class ClassTimesReaderTests
{
    [Theory]
    [InlineData("Fridays, 9:00 AM - 12:15 PM", "Friday 09:00-12:15")]
    [InlineData("MWF 10:00-11:00", "Monday 10:00-11:00|Wednesday 10:00-11:00|Friday 10:00-11:00")]
    [InlineData("TTh 1:30-2:50pm", "Tuesday 13:30-14:50|Thursday 13:30-14:50")]
    [InlineData("Tuesdays and Thursdays, 13:30-15:00", "Tuesday 13:30-15:00|Thursday 13:30-15:00")]
    [InlineData("Mon 10-12, Wed 14:00-16:00", "Monday 10:00-12:00|Wednesday 14:00-16:00")]
    [InlineData("9 am–noon PDT on Mondays and Wednesdays; 2:30-4 pm PDT on Thursdays", "Monday 09:00-12:00|Wednesday 09:00-12:00|Thursday 14:30-16:00")]
    [InlineData("Fridays 10:00 to noon", "Friday 10:00-12:00")]
    [InlineData("14:00-16:00 on Tuesdays", "Tuesday 14:00-16:00")]
    [InlineData("Thursday 10:30-12:30pm", "Thursday 10:30-12:30")]
    [InlineData("Wednesdays 09.00-10.00", "Wednesday 09:00-10:00")]
    [InlineData("Fridays 08-10h", "Friday 08:00-10:00")]
    [InlineData("Mondays, 9h15-11h", "Monday 09:15-11:00")]
    [InlineData("Tuesdays 10 am --- 11:20 am", "Tuesday 10:00-11:20")]
    [InlineData("lundis et jeudis, 13h30-15h", "Monday 13:30-15:00|Thursday 13:30-15:00")]
    [InlineData("Montag 14:00-16:00", "Monday 14:00-16:00")]
    public void Reads_days_and_times(string text, string expected)
    {
        var reading = ClassTimesReader.Read(text);
        Assert.Equal(expected, string.Join("|", reading.ClassTimes.Select(c => $"{c.Day} {c.Start:HH:mm}-{c.End:HH:mm}")));
        Assert.Empty(reading.Problems);
    }

    /// <summary>Forms from real pages (in our own words): "to", double and triple dashes, 24-hour ranges with a stray PM.</summary>
    [Theory]
    [InlineData("Tuesdays 2:30 to 3:45 pm", "Tuesday 14:30-15:45", false)]
    [InlineData("Wednesdays 10:00--11:30", "Wednesday 10:00-11:30", false)]
    [InlineData("Thursdays 16:00 --- 17:30", "Thursday 16:00-17:30", false)]
    [InlineData("Mondays 14:00-16:00 PM", "Monday 14:00-16:00", true)]
    [InlineData("Fridays 13:30 PM - 15:00", "Friday 13:30-15:00", true)]
    [InlineData("quartas 08-10h", "Wednesday 08:00-10:00", false)]
    public void Reads_the_forms_real_pages_use(string text, string expected, bool warns)
    {
        var reading = ClassTimesReader.Read(text);
        Assert.Equal(expected, string.Join("|", reading.ClassTimes.Select(c => $"{c.Day} {c.Start:HH:mm}-{c.End:HH:mm}")));
        Assert.Equal(warns, reading.Problems.Any(p => p.Contains("24-hour")));
    }

    [Fact]
    public void A_range_without_days_is_kept_apart()
    {
        var reading = ClassTimesReader.Read("9h15-11h");
        Assert.Empty(reading.ClassTimes);
        Assert.Equal(new ClassTimesReader.TimeRange(new TimeOnly(9, 15), new TimeOnly(11, 0)), reading.DaylessRange);
    }

    [Theory]
    [InlineData("Check at the ENT.")]
    [InlineData("Fridays, 14:00 - 10:00")]
    public void Text_without_a_usable_range_is_a_problem(string text) => Assert.NotEmpty(ClassTimesReader.Read(text).Problems);

    /// <summary>A date cell's own hours, as the class times read them: "noon" too ("Jan 10, 9am-noon").</summary>
    [Theory]
    [InlineData("Jan 10, 14:00-16:00", "14:00-16:00")]
    [InlineData("Jan 10, 9am-noon", "09:00-12:00")]
    [InlineData("Jan 10, 10:30-noon", "10:30-12:00")]
    [InlineData("9/13", null)]
    [InlineData("01-11", null)]
    public void A_date_cell_gives_its_own_hours_only_when_they_are_unmistakable(string text, string? expected)
    {
        var range = ClassTimesReader.ReadExplicitRange(text);
        Assert.Equal(expected, range is null ? null : $"{range.Start:HH:mm}-{range.End:HH:mm}");
    }
}
