using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The marker a write too large for one transaction leaves on the course row when it commits (see <see cref="StagedWrites"/>):
/// the write's id, how many batches of its operations wait in stage rows, and how many of those are applied. Readers find it in the
/// course row they read anyway, so a course with no unfinished write costs no extra round trip. A finished write's marker
/// has an empty id (a merge cannot remove a property).
/// </summary>
internal sealed record PendingWrite(string Id, int Batches, int Applied)
{
    private const string IdProperty = "PendingWrite";
    private const string BatchesProperty = "PendingBatches";
    private const string AppliedProperty = "PendingApplied";

    /// <summary>The course row's marker; null when it has none, or only a finished write's.</summary>
    public static PendingWrite? Of(TableEntity courseRow) => courseRow.GetString(IdProperty) is { Length: > 0 } id
        ? new PendingWrite(id, courseRow.GetInt32(BatchesProperty) ?? 0, courseRow.GetInt32(AppliedProperty) ?? 0)
        : null;

    /// <summary>Some staged batches are not applied yet: readers would see part of the write.</summary>
    public bool IsUnapplied => Applied < Batches;

    /// <summary>The committing course row carries the marker of a write whose operations are staged in <paramref name="batches"/>.</summary>
    public static void Mark(TableEntity courseRow, string id, int batches)
    {
        courseRow[IdProperty] = id;
        courseRow[BatchesProperty] = batches;
        courseRow[AppliedProperty] = 0;
    }

    /// <summary>The course row's merge that records <paramref name="applied"/> batches as applied.</summary>
    public static TableEntity Progress(string courseId, int applied) => new(courseId, CourseRecord.RowKey) { [AppliedProperty] = applied };

    /// <summary>The course row's merge that ends the write: its stage rows are gone.</summary>
    public static TableEntity Cleared(string courseId) => new(courseId, CourseRecord.RowKey) { [IdProperty] = "" };
}
