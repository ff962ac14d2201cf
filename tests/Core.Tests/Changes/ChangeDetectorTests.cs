using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Tests.Changes;

/// <summary>What counts as a change students see, and how each is named.</summary>
public class ChangeDetectorTests
{
    private static readonly DateTimeOffset Now = new(2025, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Friday = new(2025, 2, 7);

    private static readonly Course Paris = new() { Id = "iasd2025", Title = "Deep learning", TimeZone = "Europe/Paris", Location = "Room A" };

    private static readonly Session Lecture = new()
    {
        Date = Friday, Start = new TimeOnly(9, 0), End = new TimeOnly(10, 30), Topics = ["Backpropagation"],
    };

    private static IReadOnlyList<CourseChange> Detect(Course before, Session? was, Course after, Session? now) => ChangeDetector.Detect(
        "iasd2025", was is null ? null : SessionView.Of(before, was), now is null ? null : SessionView.Of(after, now), Now, "key:test");

    [Fact]
    public void The_same_session_again_is_no_change() => Assert.Empty(Detect(Paris, Lecture, Paris, Lecture with { }));

    [Fact]
    public void Cancelling_records_the_reason_and_nothing_else()
    {
        var change = Assert.Single(Detect(Paris, Lecture, Paris, Lecture with { Status = SessionStatus.Cancelled, Note = "Strike" }));
        Assert.Equal(
            (ChangeKind.Cancelled, Friday, (string?)null, "Strike", "key:test"),
            (change.Kind, change.SessionDate, change.Before, change.After, change.Who));
    }

    [Fact]
    public void A_corrected_time_zone_moves_the_event_and_is_told_in_the_new_zone()
    {
        var utc = Paris with { TimeZone = "UTC" };
        var change = Assert.Single(Detect(utc, Lecture, Paris, Lecture));
        // 09:00 UTC was 10:00 in Paris: that is what the student's calendar showed.
        Assert.Equal((ChangeKind.TimeChanged, "10:00–11:30", "09:00–10:30"), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void A_room_the_course_gives_counts_as_the_sessions_room()
    {
        Assert.Empty(Detect(Paris, Lecture, Paris, Lecture with { Location = "Room A" }));
        var change = Assert.Single(Detect(Paris, Lecture, Paris with { Location = "Room B" }, Lecture));
        Assert.Equal((ChangeKind.RoomChanged, "Room A", "Room B"), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void Topics_given_for_the_first_time_are_filled_and_rewritten_ones_are_details()
    {
        var empty = Lecture with { Topics = [] };
        Assert.Equal(ChangeKind.TopicsFilled, Assert.Single(Detect(Paris, empty, Paris, Lecture)).Kind);
        Assert.Equal(ChangeKind.DetailsChanged, Assert.Single(Detect(Paris, Lecture, Paris, Lecture with { Topics = ["Attention"] })).Kind);
    }

    [Fact]
    public void A_new_course_title_changes_the_event_but_records_nothing()
    {
        var before = SessionView.Of(Paris, Lecture);
        var after = SessionView.Of(Paris with { Title = "Deep learning II" }, Lecture);
        Assert.False(before.LooksTheSameAs(after));
        Assert.Empty(ChangeDetector.Detect("iasd2025", before, after, Now, "key:test"));
    }

    [Fact]
    public void Added_and_removed_sessions_with_the_same_topics_are_a_move()
    {
        var moved = Lecture with { Date = Friday.AddDays(7) };
        var pairs = ChangeDetector.Moves([SessionView.Of(Paris, Lecture)], [SessionView.Of(Paris, moved)]);
        var (from, to) = Assert.Single(pairs);
        var change = ChangeDetector.Moved("iasd2025", from, to, Now, "key:test");
        Assert.Equal((ChangeKind.Moved, moved.Date, "2025-02-07", "2025-02-14"), (change.Kind, change.SessionDate, change.Before, change.After));
    }
}
