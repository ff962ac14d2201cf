using System.Collections.Concurrent;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Searches a course's slides from an in-memory index per course, kept like the read model's copies: checked
/// against storage at most every <see cref="ReadModelOptions.RevalidateSeconds"/> (one point read of the course's
/// revision), at once after this instance changed the course, and the least recently searched courses evicted past
/// <see cref="ReadModelOptions.MaxCourses"/>. A moved revision costs one query of the material rows; the pages are
/// read again only when the slides changed (a deck added, replaced, removed or its status changed), not after a
/// session edit. So a search costs no storage read, or one, or two, or two plus the pages once per slide change;
/// one search at a time rebuilds a course's index.
/// </summary>
public sealed class SlideSearchService
{
    public const int MaxQueryLength = 200;
    public const int MaxTerms = 12;

    private readonly ICourseStore _courses;
    private readonly IMaterialStore _materials;
    private readonly ReadModelOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, CourseEntry> _indexes = new(StringComparer.Ordinal);
    private long _clock;

    public SlideSearchService(ICourseStore courses, IMaterialStore materials, IOptions<ReadModelOptions> options, TimeProvider time, CourseChanges changes)
    {
        (_courses, _materials, _options, _time) = (courses, materials, options.Value, time);
        changes.Changed += courseId =>
        {
            if (_indexes.TryGetValue(courseId, out var entry))
                entry.Index = entry.Index is { } index ? index with { CheckedAt = DateTimeOffset.MinValue } : null;
        };
    }

    /// <summary>Courses whose index is held now.</summary>
    public int CoursesHeld => _indexes.Count;

    /// <summary>Null when the course does not exist.</summary>
    /// <param name="seesUnpublished">An editor: decks whose publishAt is still ahead are found too.</param>
    public async Task<SearchResult?> SearchAsync(string courseId, IReadOnlyCollection<string> terms, int top, CancellationToken cancellationToken,
        bool seesUnpublished = false)
    {
        var entry = _indexes.GetOrAdd(courseId, _ => new CourseEntry());
        entry.LastUsed = Interlocked.Increment(ref _clock);
        EvictLeastRecentlyUsed();
        var index = await CurrentAsync(courseId, entry, cancellationToken);
        if (index is null)
        {
            _indexes.TryRemove(courseId, out _);
            return null;
        }
        var now = _time.GetUtcNow();
        var matches = index.Frames.Search(terms, top, id => index.Materials.TryGetValue(id, out var m) && (seesUnpublished || m.IsPublishedAt(now)));
        return new SearchResult(matches, index.Materials);
    }

    private async Task<CourseIndex?> CurrentAsync(string courseId, CourseEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Index is { } held && IsFresh(held)) return held;
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (entry.Index is { } checkedMeanwhile && IsFresh(checkedMeanwhile)) return checkedMeanwhile;
            var revision = await _courses.GetScheduleVersionAsync(courseId, cancellationToken);
            if (revision is null) return entry.Index = null;
            var now = _time.GetUtcNow();
            if (entry.Index is { } current && current.Revision == revision) return entry.Index = current with { CheckedAt = now };

            var ready = (await _materials.ListAsync(courseId, cancellationToken))
                .Where(m => m.Status == MaterialStatus.Ready)
                .ToDictionary(m => m.Id, StringComparer.Ordinal);
            var fingerprint = Fingerprint(ready.Values);
            if (entry.Index is { } same && same.Fingerprint == fingerprint)
                return entry.Index = same with { Revision = revision.Value, CheckedAt = now, Materials = ready };
            var pages = new List<SlidePage>();
            await foreach (var page in _materials.ReadPagesAsync(courseId, cancellationToken))
                if (ready.ContainsKey(page.MaterialId)) pages.Add(page);
            return entry.Index = new CourseIndex(revision.Value, fingerprint, now, new SlideSearchIndex(pages), ready);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private bool IsFresh(CourseIndex index) => _time.GetUtcNow() - index.CheckedAt < TimeSpan.FromSeconds(_options.RevalidateSeconds);

    /// <summary>What the index depends on: which decks are ready, in which version.</summary>
    private static string Fingerprint(IEnumerable<SlideMaterial> ready) =>
        string.Join(';', ready.OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => $"{m.Id}:{m.Sha256}:{m.PageCount}"));

    private void EvictLeastRecentlyUsed()
    {
        while (_indexes.Count > _options.MaxCourses)
        {
            var oldest = _indexes.MinBy(pair => pair.Value.LastUsed);
            _indexes.TryRemove(oldest.Key, out _);
        }
    }

    private sealed class CourseEntry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public volatile CourseIndex? Index;
        public long LastUsed;
    }

    private sealed record CourseIndex(DateTimeOffset Revision, string Fingerprint, DateTimeOffset CheckedAt, SlideSearchIndex Frames,
        IReadOnlyDictionary<string, SlideMaterial> Materials);
}

public sealed record SearchResult(IReadOnlyList<SearchMatch> Matches, IReadOnlyDictionary<string, SlideMaterial> Materials);
