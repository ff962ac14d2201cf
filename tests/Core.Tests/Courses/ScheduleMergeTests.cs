using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Tests.Courses;

/// <summary>Three-way merge of a re-import: the page as last imported, storage now, the new page.</summary>
public class ScheduleMergeTests
{
    private static readonly DateOnly Monday = new(2025, 9, 1);
    private static readonly DateOnly Wednesday = new(2025, 9, 3);

    private static Session Lecture(DateOnly date, string topic) =>
        new() { Date = date, Start = new TimeOnly(9, 0), End = new TimeOnly(10, 30), Topics = [topic] };

    private static readonly Session[] LastPage = [Lecture(Monday, "Intro"), Lecture(Wednesday, "Kernels")];

    [Fact]
    public void Without_a_recorded_import_the_page_replaces_storage()
    {
        var stored = new[] { LastPage[0] with { Status = SessionStatus.Cancelled }, Lecture(new DateOnly(2025, 9, 5), "Extra") };
        var result = ScheduleMerge.Merge(null, stored, LastPage, keepEdits: false);
        Assert.Equal(LastPage, result.Sessions);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public void A_cancellation_made_since_is_kept_when_the_page_did_not_change()
    {
        var stored = new[] { LastPage[0] with { Status = SessionStatus.Cancelled, Note = "Sick" }, LastPage[1] };
        var result = ScheduleMerge.Merge(LastPage, stored, LastPage, keepEdits: false);

        Assert.Equal(stored, result.Sessions);
        Assert.All(result.Edits, edit => Assert.True(edit.Kept && !edit.Conflict));
        Assert.Equal([SessionField.Status, SessionField.Note], result.Edits.Select(edit => edit.Field));
    }

    [Fact]
    public void A_topic_the_page_changes_is_taken_and_the_cancellation_stays()
    {
        var stored = new[] { LastPage[0] with { Status = SessionStatus.Cancelled }, LastPage[1] };
        var page = new[] { Lecture(Monday, "Introduction and recap"), LastPage[1] };
        var result = ScheduleMerge.Merge(LastPage, stored, page, keepEdits: false);

        var monday = result.Sessions[0];
        Assert.Equal(["Introduction and recap"], monday.Topics);
        Assert.Equal(SessionStatus.Cancelled, monday.Status);
        Assert.Empty(result.Overridden);
    }

    [Theory]
    [InlineData(false, "Page topic")]
    [InlineData(true, "Edited topic")]
    public void A_field_both_changed_is_a_conflict_the_page_wins_unless_edits_are_kept(bool keepEdits, string expected)
    {
        var stored = new[] { Lecture(Monday, "Edited topic"), LastPage[1] };
        var page = new[] { Lecture(Monday, "Page topic"), LastPage[1] };
        var result = ScheduleMerge.Merge(LastPage, stored, page, keepEdits);

        Assert.Equal([expected], result.Sessions[0].Topics);
        var edit = Assert.Single(result.Edits);
        Assert.Equal(new StoredEdit(Monday, SessionField.Topics, "Edited topic", "Page topic", Conflict: true, Kept: keepEdits), edit);
        Assert.Equal(keepEdits ? 0 : 1, result.Overridden.Count());
    }

    [Fact]
    public void Both_making_the_same_change_is_no_conflict()
    {
        var changed = new[] { Lecture(Monday, "Same"), LastPage[1] };
        var result = ScheduleMerge.Merge(LastPage, changed, changed, keepEdits: false);
        Assert.Equal(changed, result.Sessions);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public void A_session_added_through_the_api_stays_and_one_deleted_stays_deleted_while_the_page_leaves_it()
    {
        var added = Lecture(new DateOnly(2025, 9, 5), "Extra");
        var stored = new[] { LastPage[0], added };
        var result = ScheduleMerge.Merge(LastPage, stored, LastPage, keepEdits: false);

        Assert.Equal([LastPage[0], added], result.Sessions);
        Assert.Equal(2, result.Kept.Count());
        Assert.All(result.Edits, edit => Assert.Equal(SessionField.Session, edit.Field));
    }

    [Fact]
    public void A_deleted_session_the_page_changes_comes_back_as_an_overridden_edit()
    {
        var page = new[] { LastPage[0], Lecture(Wednesday, "Kernels, part 2") };
        var result = ScheduleMerge.Merge(LastPage, [LastPage[0]], page, keepEdits: false);

        Assert.Equal(page, result.Sessions);
        var edit = Assert.Single(result.Overridden);
        Assert.Equal((Wednesday, SessionField.Session, (string?)null), (edit.Date, edit.Field, edit.Stored));
    }

    [Fact]
    public void A_session_dropped_from_the_page_goes_unless_it_was_edited()
    {
        var edited = LastPage[1] with { Location = "Room 12" };
        var untouched = ScheduleMerge.Merge(LastPage, LastPage, [LastPage[0]], keepEdits: false);
        var conflict = ScheduleMerge.Merge(LastPage, [LastPage[0], edited], [LastPage[0]], keepEdits: false);
        var kept = ScheduleMerge.Merge(LastPage, [LastPage[0], edited], [LastPage[0]], keepEdits: true);

        Assert.Equal([LastPage[0]], untouched.Sessions);
        Assert.Empty(untouched.Edits);
        Assert.Equal([LastPage[0]], conflict.Sessions);
        Assert.Single(conflict.Overridden);
        Assert.Equal([LastPage[0], edited], kept.Sessions);
    }

    [Fact]
    public void A_new_time_on_the_page_and_a_stored_note_both_land()
    {
        var stored = new[] { LastPage[0] with { Note = "Bring laptops" }, LastPage[1] };
        var page = new[] { LastPage[0] with { Start = new TimeOnly(10, 0), End = new TimeOnly(11, 30) }, LastPage[1] };
        var monday = ScheduleMerge.Merge(LastPage, stored, page, keepEdits: false).Sessions[0];
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(11, 30), "Bring laptops"), (monday.Start, monday.End, monday.Note));
    }
}
