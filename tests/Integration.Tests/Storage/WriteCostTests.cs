using Azure.Core;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using CourseFunctions.Import;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CourseFunctions.Integration.Tests.Storage;

/// <summary>
/// What the writes docs/storage-design.md gives figures for cost in Table Storage: operations, write requests and reads.
/// Run with a detailed console logger to see the figures.
/// </summary>
public sealed class WriteCostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly ImportResult Sample = CoursePageImporter.Import(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples/iasd2025.md")), new ImportRequest());
    private static readonly AuditNote Audit = new(new AuditActor("operator", null, null), "import", "course");

    private readonly StorageRequestCounter _counter = new();
    private readonly string _tableName = TestStorage.NewTableName();
    private TableServiceClient _service = null!;
    private TableCourseStore _store = null!;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_counter, HttpPipelinePosition.PerCall);
        _service = new TableServiceClient(TestStorage.ConnectionString, options);
        _store = new TableCourseStore(_service, Options.Create(new CourseDataOptions { TableName = _tableName }), TimeProvider.System, new CourseChanges());
        await _store.CreateTableIfMissingAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _service.DeleteTableAsync(_tableName);

    private async Task<StorageCost> MeasureAsync(string what, Func<Task> write)
    {
        _counter.Reset();
        await write();
        var cost = _counter.Cost;
        output.WriteLine($"{what}: {cost}");
        return cost;
    }

    private Task<StorageCost> ImportAsync(string what, Course course, IReadOnlyList<Session> sessions) =>
        MeasureAsync(what, () => _store.SaveAsync(course, sessions, WriteCondition.Matching("*"), Audit, keepEdits: false, CancellationToken.None));

    private static List<Session> Weekly(int count) => Enumerable.Range(0, count).Select(i => new Session
    {
        Date = new DateOnly(2025, 1, 6).AddDays(i * 7 % 3500 + i / 500),
        Start = new TimeOnly(9, 0),
        End = new TimeOnly(10, 30),
        Topics = [$"Topic {i}"],
    }).ToList();

    [Fact]
    public async Task The_sample_pages_first_import_is_one_transaction()
    {
        var cost = await ImportAsync("sample page, first import", Sample.Course, Sample.Sessions);
        Assert.Equal(1, cost.Transactions);
    }

    [Fact]
    public async Task A_forty_session_page_and_its_room_change()
    {
        var course = Sample.Course with { Id = "forty" };
        await ImportAsync("40-session page, first import", course, Weekly(40));
        var change = await MeasureAsync("40-session page, new room (course PUT)",
            () => _store.SaveCourseInfoAsync(course with { Location = "Room 2" }, WriteCondition.Matching("*"), Audit, CancellationToken.None));
        Assert.True(change.Operations > 100);
        Assert.Equal(40, (await _store.GetScheduleAsync("forty", CancellationToken.None))!.Sessions.Count(s => s.Sequence == 1));
    }

    [Fact]
    public async Task A_two_thousand_session_first_import()
    {
        var sessions = Weekly(2000);
        Assert.Equal(2000, sessions.Select(s => s.Date).Distinct().Count());
        await ImportAsync("2,000-session page, first import", Sample.Course with { Id = "big" }, sessions);
        Assert.Equal(2000, (await _store.GetScheduleAsync("big", CancellationToken.None))!.Sessions.Count);
    }
}
