using Azure;
using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The course row's ScheduleModifiedAt: Last-Modified of everything derived from the course (feed,
/// search). HTTP dates have whole seconds, and Apple Calendar revalidates with If-Modified-Since, so
/// every change moves it forward by at least a second, even two changes in one second or a clock behind.
/// </summary>
internal static class ScheduleRevision
{
    public static DateTimeOffset Next(DateTimeOffset? previous, DateTimeOffset now)
    {
        var wholeSecond = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return previous is { } last && wholeSecond <= last ? last.AddSeconds(1) : wholeSecond;
    }

    /// <summary>
    /// Writes a row of the course's partition and moves the revision in one transaction, so that no reader
    /// sees the row changed under the old revision (and caches what it built from it under that revision).
    /// Without the course row, the change is written alone.
    /// </summary>
    public static async Task TouchWithAsync(
        TableClient table, string courseId, DateTimeOffset now, TableTransactionAction? change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(courseId, CourseRecord.RowKey, [CourseRecord.ScheduleModifiedAt], cancellationToken);
            if (!row.HasValue)
            {
                if (change is not null) await table.SubmitTransactionAsync([change], cancellationToken);
                return;
            }
            var update = new TableEntity(courseId, CourseRecord.RowKey)
            {
                [CourseRecord.ScheduleModifiedAt] = Next(CourseRecord.ScheduleModifiedAtOf(row.Value!), now),
            };
            var touch = new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, row.Value!.ETag);
            try
            {
                await table.SubmitTransactionAsync(change is null ? [touch] : [change, touch], cancellationToken);
                return;
            }
            catch (TableTransactionFailedException error) when (error.Status == 412 && attempt < 10)
            {
            }
            catch (TableTransactionFailedException error) when (error.Status == 404 && change?.ActionType == TableTransactionActionType.Delete)
            {
                change = null; // already gone: deleting is idempotent, and the revision still moves
            }
        }
    }
}
