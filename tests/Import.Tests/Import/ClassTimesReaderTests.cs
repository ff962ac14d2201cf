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

    /// <summary>
    /// Forms of the real-page sample (bench/real-pages/manifest.tsv), in our own words: "h" hours (ericbrasiln/cclhm0081
    /// calendario.md), a Slovak heading (kattie-left-the-chat/ALGO1 README.md), Polish plurals (P3-MINI/csharp-site
    /// content/schedule.pl.md), Chinese with no spaces and an afternoon word (yangchihyuan/yangchihyuan.github.io
    /// courses/HealthLanguage2024_respiratory_therapy.md), Japanese weekdays, dotted hours, "bis".
    /// </summary>
    [Theory]
    [InlineData("Quartas, 14h-17h", "Wednesday 14:00-17:00")]
    [InlineData("Mondays 14h30–16h", "Monday 14:30-16:00")]
    [InlineData("Tue 9.15-11", "Tuesday 09:15-11:00")]
    [InlineData("Utorok 18:30-20:00 LP-5002", "Tuesday 18:30-20:00")]
    [InlineData("Poniedziałki, 14:15 - 16:00, sala 328", "Monday 14:15-16:00")]
    [InlineData("Piątki i środy 8:15-10", "Wednesday 08:15-10:00|Friday 08:15-10:00")]
    [InlineData("每週五下午1:10至3:00，電腦教室5", "Friday 13:10-15:00")]
    [InlineData("周三 下午2点-4点半", "Wednesday 14:00-16:30")]
    [InlineData("火曜 14:00〜15:30", "Tuesday 14:00-15:30")]
    [InlineData("月曜と木曜 13時-14時30分", "Monday 13:00-14:30|Thursday 13:00-14:30")]
    [InlineData("Lectures: Mon & Wed 9–10:30, Room 12", "Monday 09:00-10:30|Wednesday 09:00-10:30")]
    [InlineData("Mittwochs 10.15 bis 11.45 Uhr", "Wednesday 10:15-11:45")]
    [InlineData("Thursdays 1:30pm-3", "Thursday 13:30-15:00")]
    [InlineData("73-103 · Fall 2026 · Mon & Wed 10:00–11:15 · CMB 1199", "Monday 10:00-11:15|Wednesday 10:00-11:15")] // a course number first
    [InlineData("Clases los lunes y miércoles, de 17:30 a 19:00 hrs", "Monday 17:30-19:00|Wednesday 17:30-19:00")] // hizocar/ia-course-usm
    [InlineData("Segunda-feira (18:30~22:00)", "Monday 18:30-22:00")] // afburger/FURB-2025_01_IP_16602 cronograma.md
    public void Reads_the_hours_of_the_real_page_sample(string text, string expected)
    {
        var reading = ClassTimesReader.Read(text);
        Assert.Equal(expected, string.Join("|", reading.ClassTimes.Select(c => $"{c.Day} {c.Start:HH:mm}-{c.End:HH:mm}")));
        Assert.DoesNotContain(reading.Problems, problem => !problem.Contains("73-10"));
    }

    [Fact]
    public void A_labelled_range_with_no_day_is_every_class_day_s_hours()
    {
        // molldur/historians-on-air termine.md states "Uhrzeit" hours above a table of Thursdays, with no day.
        Assert.Equal(new ClassTimesReader.TimeRange(new TimeOnly(8, 15), new TimeOnly(9, 45)), ClassTimesReader.Read("8:15-9:45 Uhr").DaylessRange);
    }

    [Theory]
    [InlineData("Mercredi 10h", DayOfWeek.Wednesday, "10:00")]
    [InlineData("Samstags 9:30", DayOfWeek.Saturday, "09:30")]
    public void A_weekday_with_a_start_alone_gives_that_day_s_start(string text, DayOfWeek day, string start)
    {
        var reading = ClassTimesReader.Read(text);
        Assert.Empty(reading.ClassTimes);
        Assert.Equal(start, reading.Starts[day].ToString("HH:mm"));
    }

    /// <summary>A row's own hours: a range or a start alone (LAGENuniderp/lagen-uniderp.github.io _data/cronograma.yml writes "18h00").</summary>
    [Theory]
    [InlineData("18h00", "18:00/-")]
    [InlineData("8h30", "08:30/-")]
    [InlineData("noon", "12:00/-")]
    [InlineData("12:30pm", "12:30/-")]
    [InlineData("下午2点", "14:00/-")]
    [InlineData("下午2点半", "14:30/-")]
    [InlineData("14時", "14:00/-")]
    [InlineData("午後3時", "15:00/-")]
    [InlineData("13:30-15:30", "13:30/15:30")]
    [InlineData("14h-17h", "14:00/17:00")]
    [InlineData("Room 12", null)]
    [InlineData("3.10.2025", null)]
    [InlineData("10 at the latest", null)]
    public void A_row_s_own_hours_may_be_a_start_alone(string text, string? expected)
    {
        var hours = ClassTimesReader.ReadOwnHours(text);
        Assert.Equal(expected, hours is var (start, end) ? $"{start:HH:mm}/{end?.ToString("HH:mm") ?? "-"}" : null);
    }
}
