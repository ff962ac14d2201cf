using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;
using CourseFunctions.Import;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Integration.Tests;

/// <summary>The Table Storage store against Azurite: round trips, re-imports, revisions, batching and limits.</summary>
public class TableCourseStoreTests : IAsyncLifetime
{
    private readonly RequestCounter _requests = new();
    private readonly string _tableName = TestStorage.NewTableName();
    private TableServiceClient _service = null!;
    private TableCourseStore _store = null!;
    private static readonly ImportResult Sample = CoursePageImporter.Import(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples/iasd2025.md")), new ImportRequest());

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerCall);
        _service = new TableServiceClient(TestStorage.ConnectionString, options);
        _store = new TableCourseStore(_service, Options.Create(new CourseDataOptions { TableName = _tableName }), TimeProvider.System, new CourseChanges());
        await _store.CreateTableIfMissingAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _service.DeleteTableAsync(_tableName);

    [Fact]
    public async Task A_saved_course_reads_back_as_imported()
    {
        var summary = await _store.SaveAsync(Sample.Course, Sample.Sessions, CancellationToken.None);
        Assert.Equal(new SaveSummary(8, 0, 0, 0), summary);

        var course = await _store.GetCourseAsync("iasd2025", CancellationToken.None);
        Assert.NotNull(course);
        Assert.Equal(Sample.Course.Literature.Select(l => (l.Title, l.Url, string.Join(",", l.Authors))),
            course.Literature.Select(l => (l.Title, l.Url, string.Join(",", l.Authors))));
        Assert.Equal(Sample.Course.ClassTimes, course.ClassTimes);
        Assert.Equal(Sample.Course.Instructors, course.Instructors);

        var schedule = await _store.GetScheduleAsync("iasd2025", CancellationToken.None);
        Assert.Equal(Sample.Sessions.Select(s => (s.Date, s.Start, s.End, s.Status, string.Join("|", s.Topics))),
            schedule!.Sessions.Select(s => (s.Session.Date, s.Session.Start, s.Session.End, s.Session.Status, string.Join("|", s.Session.Topics))));
        Assert.All(schedule.Sessions, s => Assert.Equal(0, s.Sequence));
    }

    [Fact]
    public async Task A_schedule_is_one_partition_query()
    {
        await _store.SaveAsync(Sample.Course, Sample.Sessions, CancellationToken.None);
        _requests.Count = 0;
        await _store.GetScheduleAsync("iasd2025", CancellationToken.None);
        Assert.Equal(1, _requests.Count);
    }

    [Fact]
    public async Task Reimporting_an_unchanged_page_changes_nothing()
    {
        await _store.SaveAsync(Sample.Course, Sample.Sessions, CancellationToken.None);
        var before = await _store.GetScheduleAsync("iasd2025", CancellationToken.None);
        var summary = await _store.SaveAsync(Sample.Course, Sample.Sessions, CancellationToken.None);
        var after = await _store.GetScheduleAsync("iasd2025", CancellationToken.None);

        Assert.Equal(new SaveSummary(0, 0, 8, 0), summary);
        Assert.Equal(before!.Course.UpdatedAt, after!.Course.UpdatedAt);
        Assert.Equal(before.Sessions.Select(s => (s.Sequence, s.ModifiedAt)), after.Sessions.Select(s => (s.Sequence, s.ModifiedAt)));
    }

    [Fact]
    public async Task An_edited_session_gets_a_higher_sequence_and_a_removed_one_is_deleted()
    {
        await _store.SaveAsync(Sample.Course, Sample.Sessions, CancellationToken.None);
        var edited = Sample.Sessions.Skip(1).Select(s => s.Date == new DateOnly(2025, 1, 17) ? s with { Topics = ["Universal approximation"] } : s).ToList();

        var summary = await _store.SaveAsync(Sample.Course, edited, CancellationToken.None);

        Assert.Equal(new SaveSummary(0, 1, 6, 1), summary);
        var sessions = (await _store.GetScheduleAsync("iasd2025", CancellationToken.None))!.Sessions;
        Assert.Equal(7, sessions.Count);
        Assert.DoesNotContain(sessions, s => s.Session.Date == new DateOnly(2025, 1, 10));
        var january17 = sessions.Single(s => s.Session.Date == new DateOnly(2025, 1, 17));
        Assert.Equal(1, january17.Sequence);
        Assert.Equal(["Universal approximation"], january17.Session.Topics);
        Assert.All(sessions.Where(s => s != january17), s => Assert.Equal(0, s.Sequence));
    }

    [Fact]
    public async Task Reimporting_keeps_properties_only_storage_holds()
    {
        await _store.SaveAsync(Sample.Course, Sample.Sessions, CancellationToken.None);
        var table = _service.GetTableClient(_tableName);
        await table.UpsertEntityAsync(new TableEntity("iasd2025", "course") { ["IndexedSlides"] = 3 }, TableUpdateMode.Merge);

        await _store.SaveAsync(Sample.Course with { Location = "Room B" }, Sample.Sessions, CancellationToken.None);

        var row = (await table.GetEntityAsync<TableEntity>("iasd2025", "course")).Value;
        Assert.Equal(3, row.GetInt32("IndexedSlides"));
        Assert.Equal("Room B", row.GetString("Location"));
    }

    [Fact]
    public async Task More_sessions_than_one_batch_holds_are_all_written()
    {
        var start = new DateOnly(2025, 1, 1);
        var sessions = Enumerable.Range(0, 250).Select(i => new Session { Date = start.AddDays(i), Topics = [$"Topic {i}"] }).ToList();
        var summary = await _store.SaveAsync(Sample.Course, sessions, CancellationToken.None);
        Assert.Equal(250, summary.Created);
        Assert.Equal(250, (await _store.GetScheduleAsync("iasd2025", CancellationToken.None))!.Sessions.Count);
    }

    [Fact]
    public async Task A_course_over_the_property_limit_is_refused_before_anything_is_written()
    {
        var huge = Sample.Course with { Description = CourseFunctions.Import.MarkdownRenderer.Render(new string('x', 40_000)) };
        var error = await Assert.ThrowsAsync<StorageLimitException>(() => _store.SaveAsync(huge, Sample.Sessions, CancellationToken.None));
        Assert.Contains("Description", error.Message);
        Assert.Null(await _store.GetScheduleAsync("iasd2025", CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_courses_read_as_null()
    {
        Assert.Null(await _store.GetCourseAsync("missing", CancellationToken.None));
        Assert.Null(await _store.GetScheduleAsync("missing", CancellationToken.None));
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        public int Count;
        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref Count);
    }
}
