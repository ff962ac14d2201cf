using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Import;

/// <summary>Imports a course page into the store. A dry run parses only, so its result shows exactly what would be stored.</summary>
public sealed class CourseImportService(
    ICourseStore store, CalendarFeedService calendarFeeds, IOptions<ImporterSettings> settings, TimeProvider time)
{
    public async Task<CourseImportOutcome> ImportAsync(
        string page, string? courseId, string? fileName, bool dryRun, CancellationToken cancellationToken, string? baseUrl = null)
    {
        var options = new ImportOptions
        {
            CourseId = courseId,
            FileName = fileName,
            BaseUrl = baseUrl,
            DefaultTimeZone = settings.Value.DefaultTimeZone,
            Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        };
        var parsed = CoursePageImporter.Import(page, options);
        // A dry run shows the course as it would be stored now; the store keeps the older time when nothing changed.
        var result = parsed with { Course = parsed.Course with { UpdatedAt = time.GetUtcNow() } };
        var saved = dryRun ? null : await store.SaveAsync(result.Course, result.Sessions, cancellationToken);
        if (!dryRun) calendarFeeds.Invalidate(result.Course.Id);
        return new CourseImportOutcome(result, saved);
    }
}

/// <summary><see cref="Saved"/> is null for a dry run.</summary>
public sealed record CourseImportOutcome(ImportResult Result, SaveSummary? Saved);

public sealed class ImporterSettings
{
    public const string SectionName = "Import";

    /// <summary>IANA zone for pages that name none.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Paris";
}
