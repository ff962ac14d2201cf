namespace CourseFunctions.Core.Slides;

public sealed class SlideOptions
{
    public const string SectionName = "Slides";

    public const string ContainerName = "slides";

    /// <summary>Uploads over this size are recorded as failed instead of indexed.</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Lifetime of a download link (a read-only SAS for one blob) in Azure.</summary>
    public int DownloadLinkMinutes { get; set; } = 10;
}
