using CourseFunctions.Core.Courses;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Material rows live in their course's partition of the courses table, so a schedule read brings them
/// along. Page text lives in its own table (PartitionKey = course id, RowKey = "{materialId}|{page:D5}"),
/// read only by search. A deck's row is written with its "slides published" change when it becomes public
/// (TableMaterialStore.Publication.cs).
/// </summary>
public sealed partial class TableMaterialStore(TableServiceClient service, IOptions<CourseDataOptions> options, TimeProvider time, CourseChanges changes)
    : IMaterialStore
{
    /// <summary>About 64 KiB in UTF-16, Table Storage's property limit; no slide page holds more text than that.</summary>
    private const int MaxPageTextLength = 32_000;

    private const int MaxBatchSize = 100;

    /// <summary>Below Table Storage's 4 MiB per transaction, with room for the batch's own framing.</summary>
    private const int MaxBatchBytes = 3 * 1024 * 1024;

    private readonly TableClient _courses = service.GetTableClient(options.Value.TableName);
    private readonly TableClient _pages = service.GetTableClient(options.Value.PagesTableName);

    public Task CreateTableIfMissingAsync(CancellationToken cancellationToken) => _pages.CreateIfNotExistsAsync(cancellationToken);

    public async Task<SlideMaterial?> GetAsync(string courseId, string materialId, CancellationToken cancellationToken)
    {
        var row = await _courses.GetEntityIfExistsAsync<TableEntity>(courseId, MaterialRecord.RowKeyPrefix + materialId, cancellationToken: cancellationToken);
        return row.HasValue ? MaterialRecord.ToMaterial(row.Value!) : null;
    }

    public Task<IReadOnlyList<SlideMaterial>> ListAsync(string courseId, CancellationToken cancellationToken) =>
        QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {courseId} and RowKey ge {MaterialRecord.RowKeyPrefix} and RowKey lt {NextPrefix}"),
            cancellationToken);

    public Task<IReadOnlyList<SlideMaterial>> ListAllAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"RowKey ge {MaterialRecord.RowKeyPrefix} and RowKey lt {NextPrefix}"), cancellationToken);

    public PageWriter WritePages(string courseId, string materialId) => new TablePageWriter(_pages, courseId, materialId);

    public async Task SaveAsync(SlideMaterial material, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await _courses.GetEntityIfExistsAsync<TableEntity>(material.CourseId, MaterialRecord.RowKeyPrefix + material.Id,
                [MaterialRecord.AnnouncedAt], cancellationToken);
            var previous = stored.HasValue ? stored.Value : null;
            if (await TryWriteAsync(material, previous?.GetDateTimeOffset(MaterialRecord.AnnouncedAt), dueAt: null, previous?.ETag,
                    lastAttempt: attempt == MaxWriteAttempts, cancellationToken)) break;
            await CourseTransaction.BackOffAsync(attempt, cancellationToken);
        }
        changes.Notify(material.CourseId);
    }

    public async Task DeleteAsync(SlideMaterial material, CancellationToken cancellationToken)
    {
        await DeletePagesAsync(_pages, material.CourseId, material.Id, fromPage: 1, cancellationToken);
        var delete = new TableTransactionAction(
            TableTransactionActionType.Delete, new TableEntity(material.CourseId, MaterialRecord.RowKeyPrefix + material.Id), ETag.All);
        await ScheduleRevision.TouchWithAsync(_courses, material.CourseId, time.GetUtcNow(), delete, cancellationToken);
        changes.Notify(material.CourseId);
    }

    public async Task DeleteCoursePagesAsync(string courseId, CancellationToken cancellationToken)
    {
        var deletions = new List<TableTransactionAction>();
        var rows = _pages.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
            deletions.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        foreach (var batch in deletions.Chunk(MaxBatchSize))
            await _pages.SubmitTransactionAsync(batch, cancellationToken);
    }

    public async IAsyncEnumerable<SlidePage> ReadPagesAsync(
        string courseId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = _pages.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            var separator = row.RowKey.IndexOf('|');
            yield return new SlidePage(
                row.RowKey[..separator], int.Parse(row.RowKey[(separator + 1)..], CultureInfo.InvariantCulture), row.GetString("Text") ?? "",
                row.GetInt32("Frame") ?? 0, row.GetDouble("Quality"));
        }
    }

    private static string NextPrefix => MaterialRecord.RowKeyPrefix[..^1] + (char)(MaterialRecord.RowKeyPrefix[^1] + 1);

    private async Task<IReadOnlyList<SlideMaterial>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var materials = new List<SlideMaterial>();
        await foreach (var row in _courses.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            materials.Add(MaterialRecord.ToMaterial(row));
        return materials;
    }

    private static string PageKey(string materialId, int number) => $"{materialId}|{number.ToString("D5", CultureInfo.InvariantCulture)}";

    private static async Task DeletePagesAsync(TableClient pages, string courseId, string materialId, int fromPage, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {courseId} and RowKey ge {PageKey(materialId, fromPage)} and RowKey lt {materialId + "}"}");
        var deletions = new List<TableTransactionAction>();
        await foreach (var row in pages.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            deletions.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        foreach (var batch in deletions.Chunk(MaxBatchSize))
            await pages.SubmitTransactionAsync(batch, cancellationToken);
    }

    /// <summary>Writes pages in batches as they are read, so a 500-page deck never sits in memory whole.</summary>
    private sealed class TablePageWriter(TableClient pages, string courseId, string materialId) : PageWriter
    {
        private readonly List<TableTransactionAction> _pending = [];
        private int _pendingBytes;

        public override async Task AddAsync(SlidePage page, CancellationToken cancellationToken)
        {
            var (number, text) = (page.Number, page.Text);
            var stored = text.Length > MaxPageTextLength ? text[..MaxPageTextLength] : text;
            var size = TableLimits.StoredSize(stored) + 256;
            if (_pending.Count == MaxBatchSize || _pendingBytes + size > MaxBatchBytes) await FlushAsync(cancellationToken);
            var entity = new TableEntity(courseId, PageKey(materialId, number)) { ["Text"] = stored };
            if (page.Frame != 0 && page.Frame != number) entity["Frame"] = page.Frame;
            if (page.Quality is { } quality) entity["Quality"] = quality;
            _pending.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            _pendingBytes += size;
        }

        public override async Task CompleteAsync(int pageCount, CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            await DeletePagesAsync(pages, courseId, materialId, pageCount + 1, cancellationToken);
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_pending.Count == 0) return;
            await pages.SubmitTransactionAsync(_pending, cancellationToken);
            _pending.Clear();
            _pendingBytes = 0;
        }
    }
}
