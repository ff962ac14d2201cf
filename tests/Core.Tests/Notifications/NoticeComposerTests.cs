using System.Globalization;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Tests.Notifications;

/// <summary>Edits of one session within the hold-back make one notice of the final state.</summary>
public class NoticeComposerTests
{
    private static readonly DateOnly Friday = new(2025, 2, 7);
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2025-02-06T08:00:00Z");
    private static readonly NoticeLinks Links = new("https://courses.example.edu/api");

    private static CourseChange Change(int second, ChangeKind kind, string? before, string? after) =>
        new($"id{second:D3}", "iasd2025", kind, Friday, before, after, Start.AddSeconds(second), "key:operator");

    private static Notice? Compose(params CourseChange[] window) => NoticeComposer.Compose(window, null, Links, Start.AddMinutes(10));

    [Fact]
    public void A_cancellation_reads_in_words_with_its_reason()
    {
        var notice = Compose(Change(0, ChangeKind.Cancelled, null, "Strike"))!;
        Assert.Equal(["Fri 7 Feb: cancelled (Strike)"], notice.Summaries);
        Assert.Equal("cancelled", notice.Changes.Single().Kind);
        Assert.Equal("https://courses.example.edu/api/courses/iasd2025/schedule", notice.ScheduleUrl);
    }

    [Fact]
    public void Two_time_changes_make_one_from_the_first_before_to_the_last_after()
    {
        var notice = Compose(
            Change(0, ChangeKind.TimeChanged, "09:00–10:30", "10:00–11:30"), Change(30, ChangeKind.TimeChanged, "10:00–11:30", "13:00–14:30"))!;
        var change = notice.Changes.Single();
        Assert.Equal(("09:00–10:30", "13:00–14:30"), (change.Before, change.After));
        Assert.Equal("Fri 7 Feb: now 13:00–14:30 (was 09:00–10:30)", change.Summary);
    }

    [Fact]
    public void A_change_undone_within_the_hold_back_makes_no_notice()
    {
        Assert.Null(Compose(Change(0, ChangeKind.Cancelled, null, "Strike"), Change(60, ChangeKind.Restored, "Strike", null)));
        Assert.Null(Compose(Change(0, ChangeKind.RoomChanged, "B1", "C3"), Change(60, ChangeKind.RoomChanged, "C3", "B1")));
    }

    [Fact]
    public void Restored_then_cancelled_again_is_still_cancelled_with_the_last_reason_and_other_kinds_stay()
    {
        var notice = Compose(Change(0, ChangeKind.Cancelled, null, "Strike"), Change(10, ChangeKind.RoomChanged, "B1", "C3"),
            Change(20, ChangeKind.Restored, "Strike", null), Change(30, ChangeKind.Cancelled, null, "Flu"));
        Assert.Equal(["Fri 7 Feb: cancelled (Flu)", "Fri 7 Feb: now in C3 (was B1)"], notice!.Summaries);
    }

    [Fact]
    public void Each_deck_published_within_the_hold_back_is_told_by_its_own_line()
    {
        var notice = Compose(Change(0, ChangeKind.SlidesPublished, null, "Lecture 3.pdf"), Change(20, ChangeKind.SlidesPublished, null, "Exercises 3.pdf"))!;
        Assert.Equal(["Fri 7 Feb: slides published — Lecture 3.pdf", "Fri 7 Feb: slides published — Exercises 3.pdf"], notice.Summaries);
    }

    [Fact]
    public void A_notice_says_each_change_as_the_change_log_and_atom_do_in_the_courses_culture()
    {
        var course = new Course { Id = "iasd2025", Title = "Apprentissage profond", TimeZone = "Europe/Paris", Culture = "fr-FR" };
        var schedule = new CourseSchedule(course, [], Start);
        CourseChange[] changes = [Change(0, ChangeKind.Cancelled, null, "Grève"), Change(1, ChangeKind.RoomChanged, "B1", "Amphi 3"),
            Change(2, ChangeKind.SlidesPublished, null, "Cours 3.pdf"), Change(3, ChangeKind.TimeChanged, "09:00–10:30", "10:00–11:30")];
        var notice = NoticeComposer.Compose(changes, schedule, Links, Start.AddMinutes(10))!;
        Assert.Equal(changes.Select(c => ChangeWording.Title(c, CultureInfo.GetCultureInfo("fr-FR"))), notice.Summaries);
        Assert.StartsWith("ven. 7 févr.: cancelled (Grève)", notice.Summaries[0]);
    }

    [Fact]
    public void The_same_changes_make_the_same_ids_and_other_changes_other_ids()
    {
        var one = Compose(Change(0, ChangeKind.Cancelled, null, "Strike"))!;
        var again = NoticeComposer.Compose([Change(0, ChangeKind.Cancelled, null, "Strike")], null, Links, Start.AddHours(1))!;
        var other = Compose(Change(1, ChangeKind.Cancelled, null, "Strike"))!;
        Assert.Equal(one.Id, again.Id);
        Assert.NotEqual(one.Id, other.Id);
        Assert.Equal(NoticeComposer.MessageId(one.Id, "wh_a"), NoticeComposer.MessageId(again.Id, "wh_a"));
        Assert.NotEqual(NoticeComposer.MessageId(one.Id, "wh_a"), NoticeComposer.MessageId(one.Id, "wh_b"));
        Assert.Matches("^msg_[0-9a-f]{32}$", NoticeComposer.MessageId(one.Id, "wh_a"));
    }
}
