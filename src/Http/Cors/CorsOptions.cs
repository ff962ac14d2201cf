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

    /// <summary>
    /// Whether http://localhost and http://127.0.0.1 on any port are allowed besides the list: the DevServer turns it on
    /// in Development (scripts/dev.sh), so that an instructor's site previewed on whatever port its tool picks can call
    /// the local API. The setter is private, so configuration never binds it: in Azure the list is the whole rule.
    /// </summary>
    public bool AllowsLoopbackOnAnyPort { get; private set; }

    public void AllowLoopbackOnAnyPort() => AllowsLoopbackOnAnyPort = true;

    public IReadOnlySet<string> Origins() => AllowedOrigins
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(origin => origin.TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
