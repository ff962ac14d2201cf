using System.Text.Json;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Representation;

namespace CourseFunctions.Import;

/// <summary>An import's outcome as the import API and the command line report it.</summary>
public static class ImportReports
{
    public static ImportReport ToReport(CourseImportOutcome outcome, string baseUrl)
    {
        var (course, sessions, warnings) = outcome.Result;
        var clock = new CourseClock(course.TimeZone);
        return new ImportReport(
            ApiMapping.ToResponse(course, baseUrl),
            sessions.Select(session => ApiMapping.ToResponse(session, course, clock, baseUrl, [])).ToList(),
            warnings.Select(w => new ImportWarningResponse(w.Line, w.Message)).ToList(),
            outcome.Saved is { } saved ? new ImportCounts(saved.Created, saved.Updated, saved.Unchanged, saved.Deleted) : null,
            outcome.Result.Provenance is { } provenance ? ToResponse(provenance) : null)
        {
            Edits = (outcome.Saved?.Edits ?? outcome.Preview?.Edits ?? []).Select(ToResponse).ToList(),
            Storage = outcome.Preview is { } preview
                ? new ImportStorageResponse(preview.Compared, preview.Reason, preview.Changes.Select(ToResponse).ToList())
                : null,
        };
    }

    public static string NameOf(SessionField field) => field.ToString().ToLowerInvariant();

    private static StoredEditResponse ToResponse(StoredEdit edit) =>
        new(WireDate(edit.Date), NameOf(edit.Field), edit.Stored, edit.Page, edit.Conflict, edit.Kept);

    private static SessionChangeResponse ToResponse(SessionChange change) =>
        new(WireDate(change.Date), change.Kind.ToString().ToLowerInvariant(), change.Fields.Select(NameOf).ToList());

    private static string WireDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ImportProvenanceResponse ToResponse(ImportProvenance provenance) => new(
        provenance.TimeZone, provenance.TimeZoneIsDefault, JsonNamingPolicy.CamelCase.ConvertName(provenance.TimeZoneRule.ToString()),
        provenance.Year, provenance.YearIsGuess, provenance.ClassTimes,
        provenance.Confidence,
        provenance.UnusedBlocks.Select(block => new UnusedBlockResponse(block.Line, block.Label, block.Reason, block.Kind, block.Dates)).ToList());
}
