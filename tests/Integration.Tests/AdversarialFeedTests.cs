using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Hostile course text read back by ical.js, Thunderbird's parser, which aborts a whole calendar on
/// one bad line: escaping and folding must hold for a parser that is not Ical.Net.
/// </summary>
public class AdversarialFeedTests
{
    public static TheoryData<string> Texts() =>
    [
        "Commas, semicolons; and \\backslashes\\",
        "Line one\nLine two\r\nLine three",
        "END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
        "Émile's régularisation 日本語 😀👩‍🏫 " + string.Concat(Enumerable.Repeat("é😀\\,", 60)),
        new string('x', 500) + "\\n" + new string(';', 80),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Icaljs_reads_back_exactly_what_was_written(string text)
    {
        var course = new Course { Id = "c1", Title = "Course", TimeZone = "Europe/Paris", Location = text };
        var session = new Session { Date = new DateOnly(2025, 3, 28), Start = new TimeOnly(9, 0), End = new TimeOnly(12, 15), Topics = [text] };
        var schedule = new CourseSchedule(course, [new StoredSession(session, 3, DateTimeOffset.UnixEpoch)], DateTimeOffset.UnixEpoch);
        var ics = new CourseCalendarWriter(Options.Create(new CalendarOptions())).WriteFeed(schedule, "https://api.example.edu/api");

        var parsed = await IcalJs.ParseAsync(ics);

        var calendarEvent = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        string Normalized(string value) => value.Replace("\r\n", "\n").Replace("\r", "\n");
        Assert.Equal(Normalized($"Course: {text}"), Normalized(calendarEvent.GetProperty("summary").GetString()!));
        Assert.Equal(Normalized(text), Normalized(calendarEvent.GetProperty("location").GetString()!));
        Assert.Equal("2025-03-28T08:00:00.000Z", calendarEvent.GetProperty("start").GetString());
        Assert.Equal(3, calendarEvent.GetProperty("sequence").GetInt32());
    }
}
