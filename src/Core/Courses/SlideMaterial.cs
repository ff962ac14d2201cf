namespace CourseFunctions.Core.Courses;

/// <summary>An uploaded slide deck, indexed or failed. Its id is derived from the blob name, so it is stable.</summary>
public sealed record SlideMaterial
{
    public required string Id { get; init; }
    public required string CourseId { get; init; }
    public required string BlobName { get; init; }
    public required string FileName { get; init; }
    public string? Title { get; init; }
    public int PageCount { get; init; }

    /// <summary>Pages that are images with no text layer (scanned): search cannot see them.</summary>
    public int PagesWithoutText { get; init; }

    /// <summary>The mean share of each page's letters read as text (0 to 1); null for a deck without letters.</summary>
    public double? TextQuality { get; init; }
    public long Size { get; init; }
    public string? Sha256 { get; init; }
    public string? BlobETag { get; init; }
    public MaterialStatus Status { get; init; }

    /// <summary>Why indexing failed, in words an instructor can act on.</summary>
    public string? Error { get; init; }

    /// <summary>The session the name or the blob's <c>session</c> metadata points to; null for course-wide material.</summary>
    public DateOnly? SessionDate { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// When the deck becomes public (blob metadata <c>publishAt</c>); until then anonymous callers do not see it.
    /// Null: public as soon as it is indexed.
    /// </summary>
    public DateTimeOffset? PublishAt { get; init; }

    public bool IsPublishedAt(DateTimeOffset now) => PublishAt is not { } publishAt || publishAt <= now;

    /// <summary>Readings of this version of the blob begun so far, stored before each begins: one that took the indexer down still counts.</summary>
    public int Attempts { get; init; }
}
