using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Import;

/// <summary>The importer's settings (section <c>Import</c>); what one import is asked to do is an <see cref="ImportRequest"/>.</summary>
public sealed class ImportOptions : IValidatableObject
{
    public const string SectionName = "Import";

    /// <summary>IANA zone for pages that name none.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Paris";

    /// <summary>How long one page may take to read before it is refused (bench/ measures well under 2 s per MiB).</summary>
    [Range(0.1, 600)]
    public double TimeBudgetSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(DefaultTimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
            yield return new ValidationResult($"'{DefaultTimeZone}' is not a time zone this machine knows; use an IANA name such as Europe/Paris.",
                [nameof(DefaultTimeZone)]);
    }
}
