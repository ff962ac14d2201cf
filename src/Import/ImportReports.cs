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
            outcome.Result.Provenance is { } provenance ? ToResponse(provenance) : null);
    }

    private static ImportProvenanceResponse ToResponse(ImportProvenance provenance) => new(
        provenance.TimeZone, provenance.TimeZoneIsDefault, provenance.Year, provenance.YearIsGuess, provenance.ClassTimes,
        provenance.Confidence, provenance.UnusedBlocks.Select(block => new UnusedBlockResponse(block.Line, block.Label, block.Reason)).ToList());
}
