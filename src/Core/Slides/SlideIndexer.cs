using CourseFunctions.Core.Courses;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CourseFunctions.Core.Storage;
using CourseFunctions.PdfReader;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Indexes one uploaded deck: page count, title, page text, size, SHA-256 and blob ETag. Idempotent: a
/// blob whose ETag or content was already indexed is not indexed again, and a new version replaces the
/// old one in place. A bad upload becomes a failed material with a reason; it never throws for its content.
/// </summary>
public sealed class SlideIndexer(
    BlobServiceClient blobs, IMaterialStore materials, ICourseStore courses, PdfReaderProcess reader, IOptions<SlidesOptions> options,
    TimeProvider time, ILogger<SlideIndexer> logger)
{
    /// <summary>Readings of one version of a blob that may begin; past them it is recorded as failed.</summary>
    public const int MaxReadings = 3;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public BlobContainerClient Container => blobs.GetBlobContainerClient(options.Value.ContainerName);

    public async Task<IndexOutcome> IndexAsync(string blobName, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(blobName);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (Azure.RequestFailedException error) when (error.Status == 404)
        {
            return IndexOutcome.Missing;
        }
        var location = SlideLocation.Parse(blobName, properties.Metadata);
        var courseExists = location.CourseId is not null
            && await courses.GetScheduleVersionAsync(location.CourseId, cancellationToken) is not null;
        // Failures of files outside any existing course are kept apart, where the reconciler still sees them.
        var partition = courseExists ? location.CourseId! : SlideLocation.UnassignedPartition;
        var existing = await materials.GetAsync(partition, location.MaterialId, cancellationToken);
        var etag = properties.ETag.ToString();
        // A reading under way elsewhere is left to finish; one that stalled (its indexer died) is begun again.
        if (existing is not null && existing.BlobETag == etag && !existing.IsStalled(time.GetUtcNow(), options.Value)) return IndexOutcome.Unchanged;
        if (courseExists && await materials.GetAsync(SlideLocation.UnassignedPartition, location.MaterialId, cancellationToken) is { } stale)
            await materials.DeleteAsync(stale, cancellationToken); // uploaded before its course was imported

        var (publishAt, publishAtError) = PublishTime.FromMetadata(properties.Metadata);
        var material = SlideMaterials.RecordFor(location, partition, etag, time.GetUtcNow()) with { Size = properties.ContentLength, PublishAt = publishAt };
        if ((RefusalOf(location, courseExists, properties) ?? publishAtError) is { } refusal)
            return await RecordFailureAsync(material with { Error = refusal }, cancellationToken);

        // The read is of the version whose size was checked, and stops past that size: a file replaced by a larger one in
        // between is not read at all, and its own event (or the next reconcile) takes the new version through the checks.
        Download? downloaded;
        try
        {
            downloaded = await DownloadAsync(blob, properties, cancellationToken);
        }
        catch (Azure.RequestFailedException error) when (error.Status is 404 or 412)
        {
            return IndexOutcome.Missing;
        }
        if (downloaded is null)
        {
            var error = $"The file held more than the {properties.ContentLength:N0} bytes checked before it was read.";
            return await RecordFailureAsync(material with { Error = error }, cancellationToken);
        }
        using var download = downloaded;
        if (existing is { Status: MaterialStatus.Ready } && existing.Sha256 == download.Sha256)
        {
            // Same bytes uploaded again: only the ETag moved.
            await materials.SaveAsync(existing with { BlobETag = etag, SessionDate = location.SessionDate, PublishAt = publishAt }, cancellationToken);
            return IndexOutcome.Unchanged;
        }
        if (!StartsWithPdfMagic(download.File))
            return await RecordFailureAsync(
                material with { Sha256 = download.Sha256, Error = "The file is not a PDF. Export the slides as PDF and upload that." }, cancellationToken);

        // Stored before reading begins, so that a reading that takes the indexer down is still counted, and stops.
        var readings = (existing is { Status: MaterialStatus.Indexing } && existing.BlobETag == etag ? existing.Attempts : 0) + 1;
        if (readings > MaxReadings)
            return await RecordFailureAsync(material with
            {
                Sha256 = download.Sha256,
                Attempts = readings - 1,
                Error = $"Reading this PDF stopped the indexer {MaxReadings} times; it was given up. Export the slides again and re-upload.",
            }, cancellationToken);
        await materials.SaveAsync(material with { Status = MaterialStatus.Indexing, Sha256 = download.Sha256, Attempts = readings }, cancellationToken);

        try
        {
            var pages = materials.WritePages(material.CourseId, material.Id);
            var frames = new SlideFrames();
            var quality = new TextQuality();
            var summary = await reader.ReadAsync(download.File.Name, page =>
            {
                quality.Add(page);
                return pages.AddAsync(new SlidePage(material.Id, page.Number, page.Text, frames.FrameOf(page), page.Quality), cancellationToken);
            }, cancellationToken);
            await pages.CompleteAsync(summary.PageCount, cancellationToken);
            await materials.SaveAsync(material with
            {
                Status = MaterialStatus.Ready,
                Title = summary.Title ?? Path.GetFileNameWithoutExtension(location.FileName),
                PageCount = summary.PageCount,
                PagesWithoutText = quality.PagesWithoutText,
                TextQuality = quality.Mean,
                Sha256 = download.Sha256,
                Attempts = readings,
            }, cancellationToken);
            logger.LogInformation("Indexed {Blob}: {Pages} pages", blobName, summary.PageCount);
            return IndexOutcome.Indexed;
        }
        catch (UnreadableSlidesException error)
        {
            await materials.WritePages(material.CourseId, material.Id).CompleteAsync(0, cancellationToken);
            return await RecordFailureAsync(material with { Sha256 = download.Sha256, Attempts = readings, Error = error.Message }, cancellationToken);
        }
    }

    private string? RefusalOf(SlideLocation location, bool courseExists, BlobProperties properties)
    {
        if (location.CourseId is null)
            return $"'{location.BlobName}' is not under a course folder: name slides {{courseId}}/{{file}}.pdf.";
        if (!courseExists)
            return $"There is no course '{location.CourseId}': import the course first, or move the file under an existing course's folder.";
        if (properties.ContentLength == 0)
            return "The file is empty.";
        if (properties.ContentLength > options.Value.MaxBytes)
            return $"The file has {properties.ContentLength / (1024.0 * 1024):F1} MB; the limit is {options.Value.MaxBytes / (1024.0 * 1024):F0} MB.";
        return null;
    }

    private async Task<IndexOutcome> RecordFailureAsync(SlideMaterial failed, CancellationToken cancellationToken)
    {
        logger.LogWarning("Slides {Blob} not indexed: {Error}", failed.BlobName, failed.Error);
        await materials.SaveAsync(failed, cancellationToken);
        return IndexOutcome.Failed;
    }

    /// <summary>
    /// Streams the blob to a temporary file while hashing it: the reader process opens it by name, and a file
    /// keeps memory flat however large the deck. The file deletes itself when disposed. Only the version checked is
    /// read (If-Match its ETag), and no more than the size checked: null when there was more.
    /// </summary>
    private static async Task<Download?> DownloadAsync(BlobClient blob, BlobProperties checkedVersion, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var pinned = new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = checkedVersion.ETag } };
            await using (var content = await blob.OpenReadAsync(pinned, cancellationToken))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > checkedVersion.ContentLength)
                    {
                        await file.DisposeAsync();
                        return null;
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            file.Position = 0;
            return new Download(file, Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant());
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static bool StartsWithPdfMagic(Stream file)
    {
        Span<byte> head = stackalloc byte[1024];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        // The PDF specification allows the header anywhere in the first 1024 bytes.
        return head[..read].IndexOf(PdfMagic) >= 0;
    }

    private sealed record Download(FileStream File, string Sha256) : IDisposable
    {
        public void Dispose() => File.Dispose();
    }
}

public enum IndexOutcome { Indexed, Unchanged, Failed, Missing }
