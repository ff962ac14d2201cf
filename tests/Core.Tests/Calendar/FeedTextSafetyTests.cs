using System.Text;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Courses;
using IcalCalendar = Ical.Net.Calendar;

namespace CourseFunctions.Core.Tests.Calendar;

/// <summary>
/// Course text is untrusted: commas, semicolons, backslashes, newlines, emoji and very long lines must be
/// escaped and folded per RFC 5545 so that no input can inject a property or a component.
/// </summary>
public class FeedTextSafetyTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", " ", ",", ";", ":", "\\", "\\n", "\n", "\r\n", "\r", "\t", "é", "ß", "日本", "😀", "👩‍🏫", "e\u0301",
        "END:VEVENT", "BEGIN:VEVENT", "\r\nBEGIN:VALARM\r\n", "DESCRIPTION:x", "\"", "'", "<b>", "\u00a0",
    ];

    private static string RandomText(Random random, int maxPieces) =>
        string.Concat(Enumerable.Range(0, random.Next(1, maxPieces)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adversarial_text_is_escaped_folded_and_round_trips(int seed)
    {
        var random = new Random(seed);
        var topic = RandomText(random, 200);
        var location = RandomText(random, 30);
        var title = RandomText(random, 20);
        var course = CalendarFixtures.Course() with { Title = title, Location = location };
        var schedule = CalendarFixtures.Schedule(course,
            [CalendarFixtures.Friday(new DateOnly(2025, 1, 10), topic), CalendarFixtures.Friday(new DateOnly(2025, 1, 17))]);

        var text = CalendarFixtures.Writer().WriteFeed(schedule, CalendarFixtures.ApiBase);

        IcsLines.AssertWellFormed(text);
        var parsed = IcalCalendar.Load(text)!;
        Assert.Equal(2, parsed.Events.Count);
        Assert.Empty(parsed.Events.SelectMany(e => e.Alarms));
        var first = parsed.Events.Single(e => e.Uid!.StartsWith("c1-20250110"));
        Assert.Equal(Normalized($"{title}: {topic}"), Normalized(first.Summary!));
        Assert.Equal(Normalized(location), Normalized(first.Location!));
    }

    /// <summary>iCalendar has no escape for a bare CR; writers turn line breaks into \n, which reads back as LF.</summary>
    private static string Normalized(string text) => text.Replace("\r\n", "\n").Replace("\r", "\n").Trim();
}
