using System.Collections.Concurrent;
using System.Globalization;
using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Reading;

/// <summary>
/// The finished bodies of every public GET, per course, in this instance's memory. A hit costs no storage
/// round trip, no serialisation and no compression. At most every <see cref="ReadModelOptions.RevalidateSeconds"/>
/// one point read of the course's revision (the course list: of the catalog's) decides whether the copy is
/// current; only a change costs the partition query and a new render. When storage cannot answer within the
/// read deadline, the last copy is served, marked stale, for up to <see cref="ReadModelOptions.StaleIfErrorSeconds"/>
/// while a refresh goes on in the background. Writes made by this instance drop its copy at once.
/// </summary>
public sealed class CourseReadModel : IDisposable
{
    private static readonly TimeSpan BackgroundRetry = TimeSpan.FromSeconds(1);

    /// <summary>The changes a course's copy holds: the first page of GET …/changes and the Atom feed.</summary>
    public const int RecentChangesPage = 50;

    private readonly ICourseStore _store;
    private readonly ICourseChangeLog _changeLog;
    private readonly CourseCalendarWriter _calendar;
    private readonly ReadModelOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CourseReadModel> _logger;
    private readonly ConcurrentDictionary<string, RevalidatedEntry<PerBaseUrl<CourseBodies>>> _courses = new(StringComparer.Ordinal);
    private readonly RevalidatedEntry<PerBaseUrl<CatalogBodies>> _catalog = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _clock;

    public CourseReadModel(ICourseStore store, ICourseChangeLog changeLog, CourseCalendarWriter calendar, CourseChanges changes,
        IOptions<ReadModelOptions> options, TimeProvider time, ILogger<CourseReadModel> logger)
    {
        (_store, _changeLog, _calendar, _options, _time, _logger) = (store, changeLog, calendar, options.Value, time, logger);
        changes.Changed += Invalidate;
    }


    /// <summary>The course's bodies for this base URL; null when the course does not exist.</summary>
    /// <exception cref="StorageUnavailableException">Storage cannot answer and no copy was ever loaded (or it is too old).</exception>
    public async Task<Served<CourseBodies>?> GetCourseAsync(string courseId, string baseUrl, CancellationToken cancellationToken)
    {
        var entry = _courses.GetOrAdd(courseId, _ => new RevalidatedEntry<PerBaseUrl<CourseBodies>>());
        entry.LastUsed = Interlocked.Increment(ref _clock);
        var wasLoaded = entry.Current is not null;
        // The version is the revision and how many decks are still held back by their publishAt, so that a deck whose
        // time has come changes the version, and is served at the next revalidation, with no write to storage.
        var served = await GetAsync(entry,
            async token => await _store.GetScheduleVersionAsync(courseId, token) is { } revision
                ? Version(revision, entry.Current?.Value.PublishTimes ?? [])
                : null,
            async token =>
            {
                if (await _store.GetScheduleAsync(courseId, token) is not { } read) return null;
                // Every change moves the revision this copy is checked against, so its changes are as current as its schedule.
                var schedule = read with { RecentChanges = await _changeLog.ReadPageAsync(courseId, null, RecentChangesPage, token) };
                var now = _time.GetUtcNow();
                var published = schedule with { Materials = [.. schedule.Materials.Where(m => m.IsPublishedAt(now))] };
                var publishTimes = schedule.Materials.Select(m => m.PublishAt).OfType<DateTimeOffset>().ToList();
                return (new PerBaseUrl<CourseBodies>(url => new CourseBodies(published, url, _calendar, _options.MaxEventsPerCourse), publishTimes),
                    Version(schedule.ModifiedAt, publishTimes));
            },
            cancellationToken);
        // An id with no course leaves nothing behind; only a course found takes a place, and only then may it evict one.
        if (served is null) _courses.TryRemove(courseId, out _);
        else if (!wasLoaded) EvictLeastRecentlyUsed();
        return served is null ? null : new Served<CourseBodies>(served.Value.For(baseUrl), served.StaleFor);
    }

    private string Version(DateTimeOffset revision, IReadOnlyList<DateTimeOffset> publishTimes)
    {
        var now = _time.GetUtcNow();
        return revision.ToString("O", CultureInfo.InvariantCulture) + "|" + publishTimes.Count(at => at > now).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The course list's body for this base URL.</summary>
    public async Task<Served<CatalogBodies>> GetCatalogAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var served = await GetAsync(_catalog,
            async token => await _store.GetCatalogRevisionAsync(token) ?? "",
            async token =>
            {
                var revision = await _store.GetCatalogRevisionAsync(token) ?? "";
                var courses = await _store.ListCoursesAsync(token);
                return (new PerBaseUrl<CatalogBodies>(url => new CatalogBodies(courses, url)), revision);
            },
            cancellationToken);
        return new Served<CatalogBodies>(served!.Value.For(baseUrl), served.StaleFor);
    }

    /// <summary>After the course was removed: this instance holds nothing of it any more (others drop it at their next revalidation).</summary>
    public void Forget(string courseId)
    {
        _courses.TryRemove(courseId, out _);
        _catalog.Invalidate();
    }

    /// <summary>Drops this instance's copies of a course (and of the list) after it changed them.</summary>
    public void Invalidate(string courseId)
    {
        if (_courses.TryGetValue(courseId, out var entry)) entry.Invalidate();
        _catalog.Invalidate();
    }

    /// <summary>
    /// What the read model holds now: courses (with a copy loaded, or being loaded), the event.ics bodies kept across them,
    /// and the bytes of their bodies (an estimate of the memory they take). For tests and metrics.
    /// </summary>
    public ReadModelFootprint Footprint()
    {
        var copies = _courses.Values.Select(e => e.Current?.Value).OfType<PerBaseUrl<CourseBodies>>().ToList();
        return new ReadModelFootprint(_courses.Count, copies.Sum(c => c.All.Sum(b => b.EventCount)), copies.Sum(c => c.All.Sum(b => b.Size)));
    }

    private async Task<Served<T>?> GetAsync<T>(RevalidatedEntry<T> entry,
        Func<CancellationToken, Task<string?>> readVersion, Func<CancellationToken, Task<(T Value, string Version)?>> load,
        CancellationToken cancellationToken) where T : class
    {
        var current = entry.Current;
        if (current is not null && IsFresh(entry, current)) return new Served<T>(current.Value, null);
        // Storage already failed to answer and the background refresh is retrying: no request waits for it again.
        if (current is not null && entry.Refreshing) return StaleOrUnavailable(current, null);
        // One request revalidates; the others are served the copy meanwhile rather than queueing behind it.
        if (!await entry.Gate.WaitAsync(current is null ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, cancellationToken))
            return current is null ? throw new StorageUnavailableException(null)
                : entry.Refreshing ? StaleOrUnavailable(current, null) : new Served<T>(current.Value, null);
        try
        {
            current = entry.Current;
            if (current is not null && IsFresh(entry, current)) return new Served<T>(current.Value, null);
            // With a copy to fall back on, storage gets part of the request's deadline, so the copy can still be served in it.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (current is not null) deadline.CancelAfter(RevalidationDeadline);
            var copy = await RevalidateAsync(entry, readVersion, load, deadline.Token);
            return copy is null ? null : new Served<T>(copy.Value, null);
        }
        catch (Exception error) when (StorageFailure.IsOrTimedOut(error) && !cancellationToken.IsCancellationRequested)
        {
            if (current is null) throw new StorageUnavailableException(error);
            _logger.LogWarning("Storage did not confirm a cached copy ({Error}); serving it stale and refreshing in the background", error.Message);
            RefreshInBackground(entry, readVersion, load);
            return StaleOrUnavailable(current, error);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private TimeSpan RevalidationDeadline => TimeSpan.FromSeconds(_options.RevalidationDeadlineSeconds);

    private bool IsFresh<T>(RevalidatedEntry<T> entry, RevalidatedEntry<T>.Copy copy) where T : class =>
        copy.Generation == entry.Generation && _time.GetUtcNow() - copy.CheckedAt < TimeSpan.FromSeconds(_options.RevalidateSeconds);

    /// <summary>The copy marked stale, while it is younger than the stale limit; past it, storage's silence is the answer.</summary>
    private Served<T> StaleOrUnavailable<T>(RevalidatedEntry<T>.Copy copy, Exception? error) where T : class
    {
        var age = _time.GetUtcNow() - copy.CheckedAt;
        return age <= TimeSpan.FromSeconds(_options.StaleIfErrorSeconds) ? new Served<T>(copy.Value, age) : throw new StorageUnavailableException(error);
    }

    /// <summary>One point read; the full load only when the version moved. Null when the resource is gone.</summary>
    private async Task<RevalidatedEntry<T>.Copy?> RevalidateAsync<T>(RevalidatedEntry<T> entry,
        Func<CancellationToken, Task<string?>> readVersion, Func<CancellationToken, Task<(T Value, string Version)?>> load,
        CancellationToken cancellationToken) where T : class
    {
        var generation = entry.Generation;
        var current = entry.Current;
        // Without a copy the load alone answers (it carries its version): no point read first.
        var version = current is null ? null : await readVersion(cancellationToken);
        if (current is not null && version is null)
        {
            entry.Store(null);
            return null;
        }
        RevalidatedEntry<T>.Copy copy;
        if (current is not null && current.Version == version)
            copy = current with { CheckedAt = _time.GetUtcNow(), Generation = generation };
        else if (await load(cancellationToken) is { } loaded)
            copy = new RevalidatedEntry<T>.Copy(loaded.Value, loaded.Version, _time.GetUtcNow(), generation);
        else
        {
            entry.Store(null);
            return null;
        }
        entry.Store(copy);
        return copy;
    }

    /// <summary>Retries every second until storage confirms the copy again; reads meanwhile are served the stale copy.</summary>
    private void RefreshInBackground<T>(RevalidatedEntry<T> entry,
        Func<CancellationToken, Task<string?>> readVersion, Func<CancellationToken, Task<(T Value, string Version)?>> load) where T : class
    {
        if (!entry.TryBeginRefresh()) return;
        using var _ = ExecutionContext.SuppressFlow(); // the request that noticed does not pay for the refresh
        Task.Run(async () =>
        {
            try
            {
                while (!_stopping.IsCancellationRequested)
                {
                    await Task.Delay(BackgroundRetry, _time, _stopping.Token);
                    if (!await entry.Gate.WaitAsync(0)) continue;
                    try
                    {
                        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                        deadline.CancelAfter(RevalidationDeadline);
                        await RevalidateAsync(entry, readVersion, load, deadline.Token);
                        return;
                    }
                    catch (Exception error) when (StorageFailure.IsOrTimedOut(error) && !_stopping.IsCancellationRequested)
                    {
                        _logger.LogDebug("Background refresh: storage still unavailable ({Error})", error.Message);
                    }
                    finally
                    {
                        entry.Gate.Release();
                    }
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            finally
            {
                entry.EndRefresh();
            }
        });
    }

    /// <summary>
    /// After a course was loaded: keeps at most MaxCourses loaded courses, the least recently read going first. Entries
    /// still loading (an unknown id among them, until storage says so) neither count nor go.
    /// </summary>
    private void EvictLeastRecentlyUsed()
    {
        var loaded = _courses.Where(pair => pair.Value.Current is not null).ToList();
        foreach (var oldest in loaded.OrderBy(pair => pair.Value.LastUsed).Take(loaded.Count - _options.MaxCourses))
            _courses.TryRemove(oldest);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}

/// <summary>Courses held, event.ics bodies kept across them, and the bytes of all their bodies.</summary>
public sealed record ReadModelFootprint(int Courses, int EventBodies, long Bytes);

/// <summary>A copy served from memory; <see cref="StaleFor"/> is set when storage could not confirm it just now.</summary>
public sealed record Served<T>(T Value, TimeSpan? StaleFor);
