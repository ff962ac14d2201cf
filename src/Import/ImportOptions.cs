namespace CourseFunctions.Import;

/// <summary>The importer's settings (section <c>Import</c>); what one import is asked to do is an <see cref="ImportRequest"/>.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>IANA zone for pages that name none.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Paris";

    /// <summary>How long one page may take to read before it is refused (bench/ measures well under 2 s per MiB).</summary>
    public double TimeBudgetSeconds { get; set; } = 10;
}
