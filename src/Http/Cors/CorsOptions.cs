namespace CourseFunctions.Http.Cors;

/// <summary>
/// The course websites allowed to call the API from a browser. One comma-separated setting, the same in both
/// hosts: app setting Cors__AllowedOrigins in Azure (from Bicep's corsAllowedOrigins), Cors:AllowedOrigins locally.
/// </summary>
public sealed class CorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>Origins such as https://teacher.github.io, comma-separated. No wildcard.</summary>
    public string AllowedOrigins { get; set; } = "";

    public IReadOnlySet<string> Origins() => AllowedOrigins
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(origin => origin.TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
