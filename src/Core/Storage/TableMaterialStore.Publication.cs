using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// "Slides published": a deck's change record is written in the same transaction as its row, when the deck becomes
/// public. A deck indexed with no publishAt (or one already past) is announced by the write that makes it ready; a deck
/// held back is marked <see cref="MaterialRecord.AnnounceDueAt"/>, and <see cref="RecordDuePublicationsAsync"/> (the
/// dispatcher's pass) announces it once the time has come. The row keeps <see cref="MaterialRecord.AnnouncedAt"/>
/// through later versions, and every write is conditional on the row it read, so a deck is announced once, however
/// many indexers and dispatchers race.
/// </summary>
public sealed partial class TableMaterialStore
{
    private const int MaxWriteAttempts = 10;

    /// <summary>Most held-back decks announced per pass; the rest wait for the next pass.</summary>
    private const int MaxDuePerPass = 100;

    public async Task<int> RecordDuePublicationsAsync(CancellationToken cancellationToken)
    {
        // The property's name is written out: CreateQueryFilter would quote it as a string.
        var now = time.GetUtcNow();
        var filter = TableClient.CreateQueryFilter($"RowKey ge {MaterialRecord.RowKeyPrefix} and RowKey lt {NextPrefix} and AnnounceDueAt le {now}");
        var due = new List<TableEntity>();
        // Across partitions, as the outbox's own listing: only rows that await an announcement carry the property.
        await foreach (var row in _courses.QueryAsync<TableEntity>(filter, maxPerPage: MaxDuePerPass, cancellationToken: cancellationToken))
        {
            due.Add(row);
            if (due.Count == MaxDuePerPass) break;
        }
        var announced = 0;
        foreach (var row in due)
        {
            // Conditional on the row as listed: a deck replaced or deleted meanwhile is the next write's business.
            if (!await TryWriteAsync(MaterialRecord.ToMaterial(row), row.GetDateTimeOffset(MaterialRecord.AnnouncedAt),
                    row.GetDateTimeOffset(MaterialRecord.AnnounceDueAt), row.ETag, lastAttempt: false, cancellationToken)) continue;
            changes.Notify(row.PartitionKey);
            announced++;
        }
        return announced;
    }

    /// <summary>
    /// Writes the deck's row (on condition that it is still <paramref name="rowETag"/>, or still absent), its change when
    /// it becomes public now, and the course's revision, in one transaction. False when another writer got there first
    /// (the caller reads again); on the last attempt that conflict escapes.
    /// </summary>
    /// <param name="announcedAt">When the stored row was announced, if it was.</param>
    /// <param name="dueAt">When the stored row was due to be announced: the moment a held-back deck became public.</param>
    private async Task<bool> TryWriteAsync(
        SlideMaterial material, DateTimeOffset? announcedAt, DateTimeOffset? dueAt, ETag? rowETag, bool lastAttempt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var courseRow = await _courses.GetEntityIfExistsAsync<TableEntity>(material.CourseId, CourseRecord.RowKey,
            ["PartitionKey", "RowKey", CourseRecord.ScheduleModifiedAt, "TimeZone"], cancellationToken);
        var course = courseRow.HasValue ? courseRow.Value : null;
        var entity = MaterialRecord.ToEntity(material);
        CourseChange? published = null;
        if (announcedAt is not null) entity[MaterialRecord.AnnouncedAt] = announcedAt;
        else if (course is not null && material.Status == MaterialStatus.Ready)
        {
            if (!material.IsPublishedAt(now)) entity[MaterialRecord.AnnounceDueAt] = material.PublishAt;
            else
            {
                // Public since its time came, if it waited for it ready; otherwise from now.
                var at = dueAt is { } due && due < now ? due : now;
                published = ChangeDetector.SlidesPublished(material.CourseId, material.SessionDate ?? DayOn(course, at), material.FileName, at);
                entity[MaterialRecord.AnnouncedAt] = at;
            }
        }

        var write = new CourseTransaction();
        if (rowETag is { } etag) write.Add(TableTransactionActionType.UpdateReplace, entity, etag);
        else write.Add(TableTransactionActionType.Add, entity);
        if (published is not null) write.AddRange(CourseTransaction.Records([published]));
        if (course is not null) write.Touch(course, now);
        try
        {
            await _courses.SubmitTransactionAsync(write.Actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException error) when (CourseTransaction.IsConflict(error) && !lastAttempt)
        {
            return false;
        }
    }

    /// <summary>The course's day at an instant: the date a course-wide deck's change is filed under.</summary>
    private static DateOnly DayOn(TableEntity courseRow, DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(courseRow.GetString("TimeZone") ?? "UTC")).DateTime);
}
