using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Slides;

/// <summary>What the indexer decides about a deck's record: a new record for a blob, and whether a reading stalled.</summary>
public static class SlideMaterials
{
    /// <summary>A reading recorded as begun that has not finished long after any reading could: the indexer stopped mid-way.</summary>
    public static bool IsStalled(this SlideMaterial material, DateTimeOffset now, SlidesOptions options) =>
        material.Status == MaterialStatus.Indexing && now - material.UpdatedAt > TimeSpan.FromSeconds(options.MaxSecondsPerDeck) + TimeSpan.FromMinutes(1);

    /// <summary>The record of a blob before it is indexed: failed until indexing says otherwise.</summary>
    public static SlideMaterial RecordFor(SlideLocation location, string partition, string? blobETag, DateTimeOffset now) => new()
    {
        Id = location.MaterialId,
        CourseId = partition,
        BlobName = location.BlobName,
        FileName = location.FileName,
        BlobETag = blobETag,
        SessionDate = location.SessionDate,
        Status = MaterialStatus.Failed,
        UpdatedAt = now,
    };
}
