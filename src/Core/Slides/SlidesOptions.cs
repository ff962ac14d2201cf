using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Core.Slides;

public sealed class SlidesOptions
{
    public const string SectionName = "Slides";

    /// <summary>The container the blob trigger watches; Bicep creates it.</summary>
    public const string DefaultContainerName = "slides";

    /// <summary>Tests give each run a container of its own. In Azure keep the default: the blob trigger's path is fixed.</summary>
    [Required, RegularExpression("(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]",
        ErrorMessage = "A container name is 3 to 63 lower-case letters, digits and single hyphens.")]
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>Uploads over this size are recorded as failed instead of indexed.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>A deck with more pages is refused: no lecture has 2,000 slides, and a page tree can claim any count.</summary>
    [Range(1, 100_000)]
    public int MaxPagesPerDeck { get; set; } = 2_000;

    /// <summary>The PDF reader process is stopped after this long (a 500-page deck reads in a few seconds).</summary>
    [Range(1, 60 * 60)]
    public int MaxSecondsPerDeck { get; set; } = 120;

    /// <summary>The PDF reader process's heap limit.</summary>
    [Range(64, 64 * 1024)]
    public int MaxReaderMemoryMB { get; set; } = 512;

    /// <summary>Lifetime of a download link (a read-only SAS for one blob) in Azure.</summary>
    [Range(1, 7 * 24 * 60)]
    public int DownloadLinkMinutes { get; set; } = 10;
}
