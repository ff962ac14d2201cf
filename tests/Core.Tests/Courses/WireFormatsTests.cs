using System.Globalization;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Tests.Courses;

public class WireFormatsTests
{
    /// <summary>fi-FI writes times with '.', th-TH counts Buddhist years: neither may reach the wire.</summary>
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void Dates_and_times_are_written_and_read_the_same_whatever_the_current_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal("2025-01-10", WireFormats.Date(new DateOnly(2025, 1, 10)));
            Assert.Equal("09:05", WireFormats.Time(new TimeOnly(9, 5)));
            Assert.Equal("2025-01-10T09:05:00+01:00", WireFormats.DateTime(new DateTimeOffset(2025, 1, 10, 9, 5, 0, TimeSpan.FromHours(1))));
            Assert.True(WireFormats.TryParseDate("2025-01-10", out var date));
            Assert.Equal(new DateOnly(2025, 1, 10), date);
            Assert.Equal(new TimeOnly(17, 45), WireFormats.ParseTime("17:45"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("2025-1-10")]
    [InlineData(" 2025-01-10")]
    [InlineData("10.01.2025")]
    [InlineData("2025-02-30")]
    [InlineData(null)]
    public void Only_an_exact_existing_date_parses(string? text) => Assert.False(WireFormats.TryParseDate(text, out _));

    [Theory]
    [InlineData("9:00")]
    [InlineData("09.00")]
    [InlineData("24:00")]
    [InlineData("09:00:00")]
    public void Only_24_hour_HH_mm_parses(string text) => Assert.False(WireFormats.TryParseTime(text, out _));

    [Fact]
    public void A_date_time_is_read_with_or_without_seconds()
    {
        Assert.True(WireFormats.TryParseDateTime("2025-01-10T09:00:00+01:00", out var withSeconds));
        Assert.True(WireFormats.TryParseDateTime("2025-01-10T09:00+01:00", out var withoutSeconds));
        Assert.Equal(withSeconds, withoutSeconds);
        Assert.False(WireFormats.TryParseDateTime("2025-01-10T09:00", out _));
    }
}
