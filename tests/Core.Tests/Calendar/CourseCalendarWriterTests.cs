using CourseFunctions.Core.Courses;
using Ical.Net.CalendarComponents;
using IcalCalendar = Ical.Net.Calendar;

namespace CourseFunctions.Core.Tests.Calendar;

public class CourseCalendarWriterTests
{
    private static readonly string SampleFeed = CalendarFixtures.Writer().WriteFeed(CalendarFixtures.Sample(), CalendarFixtures.ApiBase);
    private static readonly IcalCalendar Parsed = IcalCalendar.Load(SampleFeed)!;

    private static CalendarEvent EventOn(string date) => Parsed.Events.Single(e => e.Uid == $"iasd2025-{date.Replace("-", "")}@courses.example.edu");

    [Fact]
    public void Has_the_calendar_properties_clients_read()
    {
        Assert.Equal("PUBLISH", Parsed.Method);
        Assert.Equal("2.0", Parsed.Version);
        Assert.Equal("GREGORIAN", Parsed.Scale);
        Assert.Equal("-//CourseFunctions//Course calendar 1.0//EN", Parsed.ProductId);
        Assert.Contains("\r\nNAME:Mathematics of deep learning\r\n", SampleFeed);
        Assert.Contains("\r\nX-WR-CALNAME:Mathematics of deep learning\r\n", SampleFeed);
        Assert.Contains("\r\nX-WR-TIMEZONE:Europe/Paris\r\n", SampleFeed);
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT360M\r\n", SampleFeed);
        Assert.Contains("\r\nX-PUBLISHED-TTL:PT360M\r\n", SampleFeed);
    }

    [Fact]
    public void One_event_per_session_with_stable_uids_and_revisions()
    {
        Assert.Equal(8, Parsed.Events.Count);
        Assert.Equal(8, Parsed.Events.Select(e => e.Uid).Distinct().Count());
        var first = EventOn("2025-01-10");
        Assert.Equal(0, first.Sequence);
        Assert.Equal(CalendarFixtures.Revision.UtcDateTime, first.DtStamp!.AsUtc);
        Assert.Equal(CalendarFixtures.Revision.UtcDateTime, first.LastModified!.AsUtc);
        Assert.Equal(SampleFeed, CalendarFixtures.Writer().WriteFeed(CalendarFixtures.Sample(), CalendarFixtures.ApiBase));
    }

    [Fact]
    public void Times_carry_the_course_tzid_and_a_matching_rrule_vtimezone()
    {
        var first = EventOn("2025-01-10");
        Assert.Equal("Europe/Paris", first.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 1, 10, 8, 0, 0, DateTimeKind.Utc), first.DtStart.AsUtc);
        Assert.Equal(new DateTime(2025, 1, 10, 11, 15, 0, DateTimeKind.Utc), first.DtEnd!.AsUtc);
        var zone = Assert.Single(Parsed.TimeZones);
        Assert.Equal("Europe/Paris", zone.TzId);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", SampleFeed);
        Assert.DoesNotContain("RDATE", SampleFeed);
    }

    [Fact]
    public void A_course_across_the_end_of_march_keeps_nine_oclock_local()
    {
        var schedule = CalendarFixtures.Schedule(CalendarFixtures.Course(),
            [CalendarFixtures.Friday(new DateOnly(2025, 3, 28)), CalendarFixtures.Friday(new DateOnly(2025, 4, 4))]);
        var events = IcalCalendar.Load(CalendarFixtures.Writer().WriteFeed(schedule, CalendarFixtures.ApiBase))!.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal([new DateTime(2025, 3, 28, 8, 0, 0), new DateTime(2025, 4, 4, 7, 0, 0)], events.Select(e => e.DtStart!.AsUtc));
    }

    [Fact]
    public void Cancelled_sessions_stay_with_status_cancelled_and_say_so()
    {
        var cancelled = EventOn("2025-01-31");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.StartsWith("Cancelled: Mathematics of deep learning", cancelled.Summary);
        Assert.Equal("CONFIRMED", EventOn("2025-01-10").Status);
    }

    [Fact]
    public void Summary_names_the_topics_or_says_lecture()
    {
        Assert.Equal("Mathematics of deep learning: Introduction; Recap of maths", EventOn("2025-01-10").Summary);
        Assert.Equal("Mathematics of deep learning: Lecture", EventOn("2025-01-17").Summary);
        var shortTitled = CalendarFixtures.Schedule(
            CalendarFixtures.Course() with { ShortTitle = "MathDL" }, [CalendarFixtures.Friday(new DateOnly(2025, 1, 10), "Intro")]);
        Assert.Equal("MathDL: Intro", IcalCalendar.Load(CalendarFixtures.Writer().WriteFeed(shortTitled, CalendarFixtures.ApiBase))!.Events.Single().Summary);
    }

    [Fact]
    public void Description_lists_topics_and_material_links_and_location_is_set()
    {
        var session = CalendarFixtures.Friday(new DateOnly(2025, 1, 10), "Intro") with
        {
            Materials = [new MaterialLink("Slides", "https://example.edu/intro.pdf")],
            Location = "Room 1, Building A; floor 2",
        };
        var course = CalendarFixtures.Course() with { PageUrl = "https://example.edu/teaching/c1" };
        var text = CalendarFixtures.Writer().WriteFeed(CalendarFixtures.Schedule(course, [session]), CalendarFixtures.ApiBase);
        var parsed = IcalCalendar.Load(text)!.Events.Single();
        Assert.Contains("- Intro", parsed.Description);
        Assert.Contains("- Slides: https://example.edu/intro.pdf", parsed.Description);
        Assert.Equal("Room 1, Building A; floor 2", parsed.Location);
        Assert.Contains("LOCATION:Room 1\\, Building A\\; floor 2\r\n", text);
        Assert.Equal(new Uri("https://example.edu/teaching/c1"), parsed.Url);
    }

    [Fact]
    public void A_site_relative_page_url_is_left_out()
    {
        Assert.DoesNotContain("file:", SampleFeed);
        Assert.Null(EventOn("2025-01-10").Url);
    }

    [Fact]
    public void Sessions_without_times_are_all_day_events_not_floating_times()
    {
        var schedule = CalendarFixtures.Schedule(CalendarFixtures.Course(), [new Session { Date = new DateOnly(2025, 1, 10) }]);
        var text = CalendarFixtures.Writer().WriteFeed(schedule, CalendarFixtures.ApiBase);
        Assert.Contains("DTSTART;VALUE=DATE:20250110\r\n", text);
        Assert.Contains("DTEND;VALUE=DATE:20250111\r\n", text);
        Assert.DoesNotContain("BEGIN:VTIMEZONE", text);
    }

    /// <summary>A page may give a start and no end ("08:30"): the event starts then and, with no DTEND, ends then (RFC 5545, 3.6.1).</summary>
    [Fact]
    public void A_session_with_a_start_and_no_end_starts_at_its_local_time_without_a_dtend()
    {
        var schedule = CalendarFixtures.Schedule(CalendarFixtures.Course(), [new Session { Date = new DateOnly(2025, 1, 10), Start = new TimeOnly(8, 30) }]);
        var text = CalendarFixtures.Writer().WriteFeed(schedule, CalendarFixtures.ApiBase);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20250110T083000\r\n", text);
        Assert.DoesNotContain("DTEND", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        var parsed = IcalCalendar.Load(text)!.Events.Single();
        Assert.Equal(new DateTime(2025, 1, 10, 8, 30, 0), parsed.DtStart!.Value);
    }

    /// <summary>Ical.Net threw for zones whose first timed date was over a year ahead; every read of such a course was a 500.</summary>
    [Theory]
    [InlineData(2031)]
    [InlineData(2099)]
    public void A_course_planned_years_ahead_gets_its_feed_with_the_zone(int year)
    {
        var date = new DateOnly(year, 9, 2);
        var schedule = CalendarFixtures.Schedule(CalendarFixtures.Course("America/New_York"), [CalendarFixtures.Friday(date, "Welcome")]);
        var text = CalendarFixtures.Writer().WriteFeed(schedule, CalendarFixtures.ApiBase);
        var parsed = IcalCalendar.Load(text)!;
        Assert.Equal("America/New_York", Assert.Single(parsed.TimeZones).TzId);
        Assert.Equal(date.ToDateTime(new TimeOnly(9, 0)), parsed.Events.Single().DtStart!.Value);
    }

    [Fact]
    public void A_single_event_has_the_same_uid_as_in_the_feed()
    {
        var schedule = CalendarFixtures.Sample();
        var single = IcalCalendar.Load(CalendarFixtures.Writer().WriteEvent(schedule, schedule.Sessions[0], CalendarFixtures.ApiBase))!;
        Assert.Equal(EventOn("2025-01-10").Uid, single.Events.Single().Uid);
        Assert.Single(single.TimeZones);
    }
}
