using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Import;

/// <summary>Imports a course page into the store. A dry run parses only, so its result shows exactly what would be stored.</summary>
public sealed class CourseImportService(
    ICourseStore store, SessionCap cap, IOptions<ImportOptions> settings, TimeProvider time)
{
    public async Task<CourseImportOutcome> ImportAsync(
        string page, string? courseId, string? fileName, bool dryRun, CancellationToken cancellationToken, string? baseUrl = null, string? group = null,
        WriteCondition? condition = null, AuditNote? audit = null, bool keepEdits = false)
    {
        var options = new ImportRequest
        {
            CourseId = courseId,
            FileName = fileName,
            BaseUrl = baseUrl,
            Group = group,
            DefaultTimeZone = settings.Value.DefaultTimeZone,
            Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        };
        var parsed = await ParseWithinBudgetAsync(page, options, cancellationToken);
        cap.Check(parsed.Sessions.Count);
        // A dry run shows the course as it would be stored now; the store keeps the older time when nothing changed.
        var result = parsed with { Course = parsed.Course with { UpdatedAt = time.GetUtcNow() } };
        if (dryRun) return new CourseImportOutcome(result, null) { Preview = await PreviewAsync(result, keepEdits, cancellationToken) };
        // The store checks the condition in the write itself: a version that moved while the page was read is a conflict.
        var saved = await store.SaveAsync(result.Course, result.Sessions, condition ?? WriteCondition.Matching("*"), audit, keepEdits, cancellationToken);
        return new CourseImportOutcome(result, saved);
    }

    /// <summary>
    /// The difference the import would make in storage, merged as the write would merge it. Storage that does not answer
    /// (a command line without a storage connection) leaves the page's reading to show, and says so.
    /// </summary>
    private async Task<ImportPreview> PreviewAsync(ImportResult result, bool keepEdits, CancellationToken cancellationToken)
    {
        ImportState? state;
        try
        {
            state = await store.GetImportStateAsync(result.Course.Id, cancellationToken);
        }
        catch (Exception error) when (StorageFailure.Is(error))
        {
            return ImportPreview.NotCompared(
                $"storage did not answer, so the import was not compared with what it holds ({WarningLog.Shown(error.Message.ReplaceLineEndings(" "))})");
        }
        var preview = ImportPreview.Of(state, result.Sessions, keepEdits);
        cap.Check(preview.SessionCount);
        return preview;
    }

    /// <summary>
    /// Parses off the request thread, and stops when the caller goes away or the time budget is spent: within the
    /// caps every page parses in well under a second, so a page still going after the budget is refused.
    /// </summary>
    private async Task<ImportResult> ParseWithinBudgetAsync(string page, ImportRequest options, CancellationToken cancellationToken)
    {
        await Task.Run(CoursePageImporter.Prepare, cancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(settings.Value.TimeBudgetSeconds));
        try
        {
            return await Task.Run(() => CoursePageImporter.Import(page, options, budget.Token), budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CoursePageException($"The page took longer than {settings.Value.TimeBudgetSeconds} s to read; nothing was stored.");
        }
    }
}

/// <summary><see cref="Saved"/> is null for a dry run, which has a <see cref="Preview"/> instead.</summary>
public sealed record CourseImportOutcome(ImportResult Result, SaveSummary? Saved)
{
    public ImportPreview? Preview { get; init; }
}
