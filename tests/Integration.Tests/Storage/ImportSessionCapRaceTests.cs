using Azure.Data.Tables;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Integration.Tests.Storage;

/// <summary>
/// A large import racing session creates under a small cap: the import counts its merged schedule against the course row's
/// version its commit requires, and a create counts against the version its own transaction requires, so whichever lands
/// first makes the other read and count again, and the course never holds more sessions than the cap.
/// </summary>
public sealed class ImportSessionCapRaceTests : IAsyncLifetime
{
    private const int Cap = 160;
    private static readonly AuditNote Audit = new(new AuditActor("operator", null, null), "race", "");

    private readonly string _tableName = TestStorage.NewTableName();
    private TableServiceClient _service = null!;
    private TableCourseStore _store = null!;

    public async Task InitializeAsync()
    {
        _service = new TableServiceClient(TestStorage.ConnectionString);
        _store = new TableCourseStore(_service, Options.Create(new CourseDataOptions { TableName = _tableName, MaxSessionsPerCourse = Cap }),
            TimeProvider.System, new CourseChanges());
        await _store.CreateTableIfMissingAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _service.DeleteTableAsync(_tableName);

    private static List<Session> Page(int count) => Enumerable.Range(0, count)
        .Select(i => new Session { Date = new DateOnly(2025, 1, 6).AddDays(i), Topics = [$"Topic {i}"] }).ToList();

    [Fact]
    public async Task An_import_racing_creates_never_takes_the_course_past_the_cap()
    {
        var refused = new List<Exception>();
        for (var round = 0; round < 4; round++)
        {
            var course = new Course { Id = $"race{round}", Title = "Race", TimeZone = "UTC" };
            await _store.SaveAsync(course, Page(100), WriteCondition.Matching("*"), Audit, keepEdits: false, CancellationToken.None);

            // 150 sessions of the page plus the ones created meanwhile, which the merge keeps: the cap lets 10 of the 20 creates in.
            var import = Task.Run(() => _store.SaveAsync(course, Page(150), WriteCondition.Matching("*"), Audit, keepEdits: false, CancellationToken.None));
            var creates = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            {
                await Task.Delay(i * 5);
                var session = new Session { Date = new DateOnly(2026, 1, 1).AddDays(i), Topics = ["Extra"] };
                await _store.SaveSessionAsync(course.Id, session, WriteCondition.CreateOnly, Audit, CancellationToken.None);
            }));
            foreach (var write in creates.Append(import))
            {
                try
                {
                    await write;
                }
                catch (Exception error) when (error is SessionCapException or ConcurrencyConflictException)
                {
                    refused.Add(error);
                }
            }

            var sessions = (await _store.GetScheduleAsync(course.Id, CancellationToken.None))!.Sessions.Count;
            Assert.InRange(sessions, 100, Cap);
        }
        Assert.Contains(refused, error => error is SessionCapException);
    }
}
