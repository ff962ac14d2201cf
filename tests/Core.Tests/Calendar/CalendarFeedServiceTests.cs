using System.Text;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;
using Moq;

namespace CourseFunctions.Core.Tests.Calendar;

/// <summary>An unchanged feed must cost almost nothing: these count the store calls of each path.</summary>
public class CalendarFeedServiceTests
{
    private readonly Mock<ICourseStore> _store = new(MockBehavior.Strict);
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 1, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly CalendarFeedService _feeds;
    private const string Base = CalendarFixtures.ApiBase;
    private CourseSchedule _schedule = CalendarFixtures.Sample();

    public CalendarFeedServiceTests()
    {
        var options = Options.Create(new CalendarOptions { RevalidateSeconds = 30 });
        _feeds = new CalendarFeedService(_store.Object, new CourseCalendarWriter(options), options, _clock);
        _store.Setup(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync(() => _schedule);
        _store.Setup(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync(() => _schedule.ModifiedAt);
    }

    [Fact]
    public async Task Within_the_revalidation_window_a_feed_is_served_without_any_storage_call()
    {
        var first = await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var second = await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);

        Assert.Same(first!.Body, second!.Body);
        _store.Verify(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.GetScheduleVersionAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task After_the_window_an_unchanged_course_costs_one_point_read_and_no_render()
    {
        var first = await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);

        Assert.Same(first!.Body, second!.Body);
        _store.Verify(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task After_the_window_a_changed_course_is_rendered_again()
    {
        var first = await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);
        _schedule = _schedule with
        {
            Sessions = _schedule.Sessions.Skip(1).ToList(),
            ModifiedAt = _schedule.ModifiedAt.AddMinutes(1),
        };
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);

        Assert.NotEqual(first!.EntityTag, second!.EntityTag);
        Assert.True(second.LastModified > first.LastModified);
        Assert.DoesNotContain("iasd2025-20250110@", Encoding.UTF8.GetString(second.Body));
    }

    [Fact]
    public async Task Invalidate_makes_the_next_request_read_the_schedule()
    {
        await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);
        _feeds.Invalidate("iasd2025");
        await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);
        _store.Verify(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_course_that_disappears_is_no_longer_served()
    {
        await _feeds.GetAsync("iasd2025", Base, CancellationToken.None);
        _store.Setup(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync((DateTimeOffset?)null);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await _feeds.GetAsync("iasd2025", Base, CancellationToken.None));
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
