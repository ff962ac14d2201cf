using Azure;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Logging;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Converges the index with the slides container: indexes blobs that are new or changed since they were
/// indexed, and removes materials (and their search pages) whose blob is gone. It catches what events
/// miss: deletes, events lost while the app was down, and Azurite, which raises no events at all.
/// </summary>
public sealed class SlideReconciler(SlideIndexer indexer, IMaterialStore materials, ILogger<SlideReconciler> logger)
{
    public async Task<ReconcileSummary> ReconcileAsync(CancellationToken cancellationToken)
    {
        var known = (await materials.ListAllAsync(cancellationToken)).ToDictionary(m => m.BlobName, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        int indexed = 0, failed = 0, errors = 0;
        try
        {
            await foreach (var blob in indexer.Container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                present.Add(blob.Name);
                if (known.TryGetValue(blob.Name, out var material) && material.BlobETag == blob.Properties.ETag?.ToString()
                    && !AwaitsItsCourse(material)) continue;
                try
                {
                    var outcome = await indexer.IndexAsync(blob.Name, cancellationToken);
                    if (outcome == IndexOutcome.Indexed) indexed++;
                    if (outcome == IndexOutcome.Failed) failed++;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // One deck's trouble (a storage hiccup mid-write) must not stop the rest; the next pass retries it.
                    errors++;
                    logger.LogError(error, "Indexing {Blob} failed; it will be retried", blob.Name);
                }
            }
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            logger.LogWarning("The slides container does not exist yet");
        }

        var removed = 0;
        foreach (var gone in known.Values.Where(m => !present.Contains(m.BlobName)))
        {
            await materials.DeleteAsync(gone, cancellationToken);
            removed++;
        }
        return new ReconcileSummary(indexed, failed, removed, errors);
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
