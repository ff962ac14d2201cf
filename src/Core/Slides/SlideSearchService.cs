using CourseFunctions.Core.Courses;
using System.Collections.Concurrent;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Searches a course's slides. The index is built once per revision of the course: each search costs one
/// point read to check the revision, and a rebuild only after slides or the schedule changed.
/// </summary>
public sealed class SlideSearchService(ICourseStore courses, IMaterialStore materials)
{
    public const int MaxQueryLength = 200;
    public const int MaxTerms = 12;

    private readonly ConcurrentDictionary<string, CourseIndex> _indexes = new(StringComparer.Ordinal);

    /// <summary>Null when the course does not exist.</summary>
    public async Task<SearchResult?> SearchAsync(string courseId, IReadOnlyCollection<string> terms, int top, CancellationToken cancellationToken)
    {
        var revision = await courses.GetScheduleVersionAsync(courseId, cancellationToken);
        if (revision is null)
        {
            _indexes.TryRemove(courseId, out _);
            return null;
        }
        if (!_indexes.TryGetValue(courseId, out var index) || index.Revision != revision)
            _indexes[courseId] = index = await BuildAsync(courseId, revision.Value, cancellationToken);

        var matches = index.Pages.Search(terms, top).Where(m => index.Ready.ContainsKey(m.Page.MaterialId)).ToList();
        return new SearchResult(matches, index.Ready);
    }

    private async Task<CourseIndex> BuildAsync(string courseId, DateTimeOffset revision, CancellationToken cancellationToken)
    {
        var ready = (await materials.ListAsync(courseId, cancellationToken))
            .Where(m => m.Status == MaterialStatus.Ready)
            .ToDictionary(m => m.Id, StringComparer.Ordinal);
        var pages = new List<SlidePage>();
        await foreach (var page in materials.ReadPagesAsync(courseId, cancellationToken))
            if (ready.ContainsKey(page.MaterialId)) pages.Add(page);
        return new CourseIndex(revision, new SlideSearchIndex(pages), ready);
    }

    private sealed record CourseIndex(DateTimeOffset Revision, SlideSearchIndex Pages, IReadOnlyDictionary<string, SlideMaterial> Ready);
}

public sealed record SearchResult(IReadOnlyList<SearchMatch> Matches, IReadOnlyDictionary<string, SlideMaterial> Materials);
