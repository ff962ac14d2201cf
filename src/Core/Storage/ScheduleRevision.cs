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

    /// <summary>Moves an existing course's revision forward; optimistic, retried when another writer got there first.</summary>
    public static async Task TouchAsync(TableClient table, string courseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(courseId, CourseRecord.RowKey, [CourseRecord.ScheduleModifiedAt], cancellationToken);
            if (!row.HasValue) return;
            var update = new TableEntity(courseId, CourseRecord.RowKey)
            {
                [CourseRecord.ScheduleModifiedAt] = Next(CourseRecord.ScheduleModifiedAtOf(row.Value!), now),
            };
            try
            {
                await table.UpdateEntityAsync(update, row.Value!.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException error) when (error.Status == 412 && attempt < 10)
            {
            }
        }
    }
}
