using CourseFunctions.Core.Courses;
using System.Collections.Concurrent;
using Azure;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Converges the index with the slides container: indexes blobs that are new or changed since they were
/// indexed, and removes materials (and their search pages) whose blob is gone. It catches what events
/// miss: deletes, events lost while the app was down, and Azurite, which raises no events at all.
/// </summary>
public sealed class SlideReconciler(
    SlideIndexer indexer, IMaterialStore materials, IOptions<SlidesOptions> options, TimeProvider time, ILogger<SlideReconciler> logger)
{
    /// <summary>A blob that fails this many passes for reasons other than its content is recorded as failed.</summary>
    public const int MaxAttempts = 3;

    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    public async Task<ReconcileSummary> ReconcileAsync(CancellationToken cancellationToken)
    {
        var rows = await materials.ListAllAsync(cancellationToken);
        // One blob may have two rows: its failure while its course did not exist yet, and its reading once it did (when the
        // indexer's removal of the first failed). The course's own row is the one compared; the other is removed below.
        var known = rows.GroupBy(m => m.BlobName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.CourseId == SlideLocation.UnassignedPartition).First(), StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        int indexed = 0, failed = 0, errors = 0;
        try
        {
            await foreach (var blob in indexer.Container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                present.Add(blob.Name);
                if (known.TryGetValue(blob.Name, out var material) && material.BlobETag == blob.Properties.ETag?.ToString()
                    && !AwaitsItsCourse(material) && !material.IsStalled(time.GetUtcNow(), options.Value)) continue;
                try
                {
                    var outcome = await indexer.IndexAsync(blob.Name, cancellationToken);
                    if (outcome == IndexOutcome.Indexed) indexed++;
                    if (outcome == IndexOutcome.Failed) failed++;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // One deck's trouble (a storage hiccup mid-write) must not stop the rest: the next pass
                    // retries it, a bounded number of times for this version of the blob.
                    errors++;
                    await CountFailedAttemptAsync(blob.Name, blob.Properties.ETag?.ToString(), error, cancellationToken);
                }
            }
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            logger.LogWarning("The slides container does not exist yet");
        }

        var removed = 0;
        foreach (var gone in rows.Where(m => !present.Contains(m.BlobName) || !ReferenceEquals(m, known[m.BlobName])))
        {
            await materials.DeleteAsync(gone, cancellationToken);
            removed++;
        }
        return new ReconcileSummary(indexed, failed, removed, errors);
    }

    private async Task CountFailedAttemptAsync(string blobName, string? etag, Exception error, CancellationToken cancellationToken)
    {
        var attempts = _attempts.AddOrUpdate($"{blobName}|{etag}", 1, (_, count) => count + 1);
        logger.LogError(error, "Indexing {Blob} failed (attempt {Attempt} of {Max})", blobName, attempts, MaxAttempts);
        if (attempts < MaxAttempts) return;
        var location = SlideLocation.Parse(blobName);
        try
        {
            var failed = SlideMaterials.RecordFor(location, location.CourseId ?? SlideLocation.UnassignedPartition, etag, time.GetUtcNow()) with
            {
                Error = $"The file could not be indexed after {MaxAttempts} attempts. Upload it again to retry.",
            };
            await materials.SaveAsync(failed, cancellationToken);
            _attempts.TryRemove($"{blobName}|{etag}", out _);
        }
        catch (Exception recordError) when (StorageFailure.Is(recordError))
        {
            logger.LogWarning("Could not record the failure of {Blob} either; the next pass tries again", blobName);
        }
    }

    /// <summary>Refused for want of a course that may exist by now: look again, one point read a pass.</summary>
    private static bool AwaitsItsCourse(SlideMaterial material) =>
        material.CourseId == SlideLocation.UnassignedPartition && SlideLocation.Parse(material.BlobName).CourseId is not null;
}

/// <param name="Indexed">Decks indexed in this pass.</param>
/// <param name="Failed">Uploads recorded as failed in this pass.</param>
/// <param name="Removed">Materials removed because their blob is gone.</param>
/// <param name="Errors">Blobs that could not be processed this time and will be retried.</param>
public sealed record ReconcileSummary(int Indexed, int Failed, int Removed, int Errors);
