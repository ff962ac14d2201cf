using System.Text;
using Azure;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Storage;
using CourseFunctions.Core.Tests.Calendar;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CourseFunctions.Core.Tests.Reading;

/// <summary>The read model's paths, counted in store calls: a hit costs none, a check one point read, a change one load.</summary>
public sealed class CourseReadModelTests : IDisposable
{
    private const string Base = CalendarFixtures.ApiBase;
    private readonly Mock<ICourseStore> _store = new(MockBehavior.Strict);
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 1, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly CourseChanges _changes = new();
    private readonly CourseReadModel _model;
    private CourseSchedule _schedule = CalendarFixtures.Sample();

    public CourseReadModelTests()
    {
        _model = Model(new ReadModelOptions { RevalidateSeconds = 30, StaleIfErrorSeconds = 3600, MaxCourses = 2 });
        _store.Setup(s => s.GetScheduleAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => _schedule with { Course = _schedule.Course with { Id = id } });
        _store.Setup(s => s.GetScheduleVersionAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => _schedule.ModifiedAt);
    }

    private CourseReadModel Model(ReadModelOptions options) => new(
        _store.Object, ChangeLog().Object, new CourseCalendarWriter(Options.Create(new CalendarOptions())),
        _changes, Options.Create(options), _clock, NullLogger<CourseReadModel>.Instance);

    /// <summary>No change recorded: the counts here are of the store's calls.</summary>
    private static Mock<ICourseChangeLog> ChangeLog()
    {
        var log = new Mock<ICourseChangeLog>();
        log.Setup(l => l.ReadPageAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChangePage([], null));
        return log;
    }

    public void Dispose() => _model.Dispose();

    private Task<Served<CourseBodies>?> Get(string id = "iasd2025") => _model.GetCourseAsync(id, Base, CancellationToken.None);

    [Fact]
    public async Task A_first_read_loads_once_and_within_the_window_every_body_is_served_without_a_storage_call()
    {
        var first = await Get();
        _clock.Advance(TimeSpan.FromSeconds(29));
        var second = await Get();

        Assert.Same(first!.Value.Schedule, second!.Value.Schedule);
        Assert.Same(first.Value.Calendar, second.Value.Calendar);
        Assert.Null(second.StaleFor);
        _store.Verify(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.GetScheduleVersionAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Bodies_are_finished_once_with_their_compressed_variants()
    {
        var bodies = (await Get())!.Value;
        Assert.NotNull(bodies.Schedule.Brotli);
        Assert.NotNull(bodies.Schedule.Gzip);
        Assert.True(bodies.Schedule.Brotli!.Length < bodies.Schedule.Identity.Length);
        Assert.Null(bodies.Calendar.Brotli); // calendar feeds are never compressed
        Assert.Same(bodies.Event(new DateOnly(2025, 1, 10)), bodies.Event(new DateOnly(2025, 1, 10)));
        Assert.Null(bodies.Event(new DateOnly(2025, 1, 11)));
    }

    [Fact]
    public async Task After_the_window_an_unchanged_course_costs_one_point_read_and_no_render()
    {
        var first = await Get();
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Get();

        Assert.Same(first!.Value, second!.Value);
        _store.Verify(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task After_the_window_a_changed_course_is_rendered_again()
    {
        var first = await Get();
        _schedule = _schedule with { Sessions = _schedule.Sessions.Skip(1).ToList(), ModifiedAt = _schedule.ModifiedAt.AddMinutes(1) };
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Get();

        Assert.NotEqual(first!.Value.Calendar.EntityTag, second!.Value.Calendar.EntityTag);
        Assert.DoesNotContain("iasd2025-20250110@", Encoding.UTF8.GetString(second.Value.Calendar.Identity));
    }

    [Fact]
    public async Task A_change_made_by_this_instance_is_seen_at_once()
    {
        await Get();
        _schedule = _schedule with { ModifiedAt = _schedule.ModifiedAt.AddSeconds(1) };
        _changes.Notify("iasd2025");
        await Get();
        _store.Verify(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task When_storage_fails_the_last_copy_is_served_marked_stale_until_the_stale_limit()
    {
        var first = await Get();
        _store.Setup(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>())).ThrowsAsync(new RequestFailedException(503, "down"));
        _clock.Advance(TimeSpan.FromMinutes(10));

        var stale = await Get();
        Assert.Same(first!.Value, stale!.Value);
        Assert.Equal(TimeSpan.FromMinutes(10), stale.StaleFor);

        _clock.Advance(TimeSpan.FromHours(2)); // past StaleIfErrorSeconds (1 h)
        await Assert.ThrowsAsync<StorageUnavailableException>(() => Get());
    }

    [Fact]
    public async Task A_course_never_loaded_while_storage_fails_is_unavailable_not_empty()
    {
        _store.Setup(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>())).ThrowsAsync(new RequestFailedException(503, "down"));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => Get());
    }

    [Fact]
    public async Task A_course_that_disappears_is_no_longer_served()
    {
        await Get();
        _store.Setup(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync((DateTimeOffset?)null);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await Get());
    }

    [Fact]
    public async Task At_most_max_courses_are_held_and_the_least_recently_read_goes_first()
    {
        await Get("a");
        await Get("b");
        await Get("a");
        await Get("c"); // evicts b, read least recently
        Assert.Equal(2, _model.Footprint().Courses);
        await Get("a");
        await Get("b");
        _store.Verify(s => s.GetScheduleAsync("a", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.GetScheduleAsync("b", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Ids_of_no_course_neither_stay_nor_evict_a_course_held()
    {
        _store.Setup(s => s.GetScheduleAsync(It.Is<string>(id => id.StartsWith("unknown")), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CourseSchedule?)null);
        await Get("a");
        await Get("b");
        for (var i = 0; i < 50; i++) Assert.Null(await Get($"unknown{i}"));

        Assert.Equal(2, _model.Footprint().Courses);
        await Get("a");
        await Get("b");
        _store.Verify(s => s.GetScheduleAsync("a", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.GetScheduleAsync("b", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Only_sessions_events_are_kept_and_at_most_the_cap_of_them()
    {
        using var model = Model(new ReadModelOptions { RevalidateSeconds = 30, MaxCourses = 2, MaxEventsPerCourse = 3 });
        var bodies = (await model.GetCourseAsync("iasd2025", Base, CancellationToken.None))!.Value;
        var sessionDates = _schedule.Sessions.Select(s => s.Session.Date).ToList();
        Assert.True(sessionDates.Count > 3);

        for (var day = new DateOnly(2024, 9, 1); day < new DateOnly(2025, 9, 1); day = day.AddDays(1))
            Assert.Equal(sessionDates.Contains(day), bodies.Event(day) is not null);

        Assert.Equal(3, bodies.EventCount);
        Assert.Equal(3, model.Footprint().EventBodies);
        // The first three sessions asked for are kept; a later one is rendered again each time, the same bytes.
        Assert.Same(bodies.Event(sessionDates[0]), bodies.Event(sessionDates[0]));
        Assert.NotSame(bodies.Event(sessionDates[^1]), bodies.Event(sessionDates[^1]));
        Assert.Equal(bodies.Event(sessionDates[^1])!.Identity, bodies.Event(sessionDates[^1])!.Identity);
    }

    [Fact]
    public async Task The_course_list_is_revalidated_by_the_catalog_revision_not_by_a_scan()
    {
        var revision = "r1";
        _store.Setup(s => s.GetCatalogRevisionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => revision);
        _store.Setup(s => s.ListCoursesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([_schedule.Course]);

        var first = await _model.GetCatalogAsync(Base, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Same(first.Value, (await _model.GetCatalogAsync(Base, CancellationToken.None)).Value);
        revision = "r2";
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _model.GetCatalogAsync(Base, CancellationToken.None);

        _store.Verify(s => s.ListCoursesAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
