namespace CourseFunctions.Core.Slides;

public sealed class SlidesOptions
{
    public const string SectionName = "Slides";

    /// <summary>The container the blob trigger watches; Bicep creates it.</summary>
    public const string DefaultContainerName = "slides";

    /// <summary>Tests give each run a container of its own. In Azure keep the default: the blob trigger's path is fixed.</summary>
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>Uploads over this size are recorded as failed instead of indexed.</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>A deck with more pages is refused: no lecture has 2,000 slides, and a page tree can claim any count.</summary>
    public int MaxPagesPerDeck { get; set; } = 2_000;

    /// <summary>The PDF reader process is stopped after this long (a 500-page deck reads in a few seconds).</summary>
    public int MaxSecondsPerDeck { get; set; } = 120;

    /// <summary>The PDF reader process's heap limit.</summary>
    public int MaxReaderMemoryMB { get; set; } = 512;

    /// <summary>Lifetime of a download link (a read-only SAS for one blob) in Azure.</summary>
    public int DownloadLinkMinutes { get; set; } = 10;
}
