using Azure.Core;
using Azure.Data.Tables;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Integration.Tests.Storage;

/// <summary>
/// Writes of more than one transaction's 100 operations are seen whole or not at all: readers never see part of one, a
/// writer that stops after its commit is finished by the next reader, and of two from the same version exactly one wins.
/// </summary>
public sealed class AtomicWriteTests : IAsyncLifetime
{
    private const string CourseId = "large";
    private const int Sessions = 150;
    private static readonly AuditNote Audit = new(new AuditActor("operator", null, null), "import", CourseId);

    private readonly string _tableName = TestStorage.NewTableName();
    private TableServiceClient _service = null!;
    private TableCourseStore _store = null!;

    public async Task InitializeAsync()
    {
        _service = new TableServiceClient(TestStorage.ConnectionString);
        _store = StoreOn(_service);
        await _store.CreateTableIfMissingAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _service.DeleteTableAsync(_tableName);

    private TableCourseStore StoreOn(TableServiceClient service) =>
        new(service, Options.Create(new CourseDataOptions { TableName = _tableName }), TimeProvider.System, new CourseChanges());

    private static Course Course => new() { Id = CourseId, Title = "Large course", TimeZone = "Europe/Lisbon" };

    /// <summary>A page whose every session's topic names its <paramref name="edition"/>: a re-import changes all of them.</summary>
    private static List<Session> Page(string edition) => Enumerable.Range(0, Sessions).Select(i => new Session
    {
        Date = new DateOnly(2025, 1, 6).AddDays(i),
        Start = new TimeOnly(9, 0),
        End = new TimeOnly(10, 0),
        Topics = [$"{edition} {i}"],
    }).ToList();

    private static string EditionOf(StoredSession session) => session.Session.Topics[0].Split(' ')[0];

    private Task<SaveSummary> ImportAsync(TableCourseStore store, string edition, WriteCondition condition) =>
        store.SaveAsync(Course, Page(edition), condition, Audit with { Target = edition }, keepEdits: false, CancellationToken.None);

    private async Task<int> StageRowsAsync()
    {
        var rows = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CourseId} and RowKey ge {"~stage|"} and RowKey lt {"~stage}"}");
        await foreach (var _ in _service.GetTableClient(_tableName).QueryAsync<TableEntity>(filter, select: ["RowKey"])) rows++;
        return rows;
    }

    [Fact]
    public async Task A_reader_polling_through_large_imports_never_sees_part_of_one()
    {
        await ImportAsync(_store, "A", WriteCondition.Matching("*"));
        var reader = StoreOn(new TableServiceClient(TestStorage.ConnectionString));
        using var importing = new CancellationTokenSource();
        var editionsSeen = new List<string>();
        var polling = Task.Run(async () =>
        {
            while (!importing.IsCancellationRequested)
            {
                var schedule = await reader.GetScheduleAsync(CourseId, CancellationToken.None);
                Assert.Equal(Sessions, schedule!.Sessions.Count);
                var editions = schedule.Sessions.Select(EditionOf).Distinct().ToList();
                Assert.True(editions.Count == 1, $"A reader saw a schedule mixing editions {string.Join(", ", editions)}");
                editionsSeen.Add(editions[0]);
            }
        });

        // Each re-import changes 150 sessions: 150 session rows, 300 change records, 150 snapshot rows, over 600 operations.
        foreach (var edition in new[] { "B", "C", "D", "E" }) await ImportAsync(_store, edition, WriteCondition.Matching("*"));
        await importing.CancelAsync();
        await polling;

        Assert.True(editionsSeen.Distinct().Count() > 1, "The reader saw no import land: the test proves nothing");
        Assert.All((await _store.GetScheduleAsync(CourseId, CancellationToken.None))!.Sessions, s => Assert.Equal("E", EditionOf(s)));
        Assert.Equal(0, await StageRowsAsync());
    }

    [Fact]
    public async Task A_writer_stopped_after_its_commit_is_finished_by_the_next_reader_with_its_audit_entry()
    {
        await ImportAsync(_store, "A", WriteCondition.Matching("*"));
        var options = new TableClientOptions();
        options.AddPolicy(new StopAfterCommitPolicy(), HttpPipelinePosition.PerCall);
        var dying = StoreOn(new TableServiceClient(TestStorage.ConnectionString, options));

        await Assert.ThrowsAnyAsync<Exception>(() => ImportAsync(dying, "B", WriteCondition.Matching("*")));
        Assert.True(await StageRowsAsync() > 0, "The writer stopped before its operations were staged: the test proves nothing");

        var schedule = await _store.GetScheduleAsync(CourseId, CancellationToken.None);
        Assert.All(schedule!.Sessions, s => Assert.Equal("B", EditionOf(s)));
        Assert.Equal(Sessions, schedule.Sessions.Count);
        Assert.All(schedule.Sessions, s => Assert.Equal(1, s.Sequence));
        var audit = new AuditLog(_service, Options.Create(new CourseDataOptions { TableName = _tableName }), TimeProvider.System);
        Assert.Equal("B", (await audit.ReadPageAsync(CourseId, null, 1, CancellationToken.None)).Entries.Single().Target);
        Assert.Equal(0, await StageRowsAsync());
        // The write's change records were applied with it: 150 changed sessions, each a change row and an outbox marker.
        var changes = new TableCourseChangeLog(_service, Options.Create(new CourseDataOptions { TableName = _tableName }));
        Assert.Equal(Sessions, (await changes.ReadPageAsync(CourseId, null, 1000, CancellationToken.None)).Changes.Count);
    }

    [Fact]
    public async Task Of_two_large_imports_from_the_same_version_exactly_one_is_written()
    {
        await ImportAsync(_store, "A", WriteCondition.Matching("*"));
        var version = (await _store.GetScheduleAsync(CourseId, CancellationToken.None))!.CourseVersion;

        var outcomes = await Task.WhenAll(new[] { "B", "C" }.Select(async edition =>
        {
            try
            {
                await ImportAsync(StoreOn(new TableServiceClient(TestStorage.ConnectionString)), edition, WriteCondition.Matching(version));
                return edition;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes.OfType<string>());
        var schedule = await _store.GetScheduleAsync(CourseId, CancellationToken.None);
        Assert.All(schedule!.Sessions, s => Assert.Equal(winner, EditionOf(s)));
        // The loser's staged operations went with its failed commit.
        Assert.Equal(0, await StageRowsAsync());
    }
}
