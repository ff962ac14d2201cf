using System.Collections.Concurrent;

namespace CourseFunctions.Core.Reading;

/// <summary>
/// One cached value with the version storage gave it, when storage last confirmed it, and what serving it
/// needs: a gate so that one request revalidates while the others are served, and a generation that an
/// invalidation moves, so a load that began before the invalidation is not taken as current.
/// </summary>
internal sealed class RevalidatedEntry<T> where T : class
{
    public sealed record Copy(T Value, string Version, DateTimeOffset CheckedAt, long Generation);

    public readonly SemaphoreSlim Gate = new(1, 1);

    private Copy? _current;
    private long _generation;
    private int _refreshing;

    public Copy? Current => Volatile.Read(ref _current);
    public long Generation => Interlocked.Read(ref _generation);
    public long LastUsed;

    public void Store(Copy? copy) => Volatile.Write(ref _current, copy);

    /// <summary>The next read revalidates, and a load that began before now does not count as fresh.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>True while a background refresh retries after storage failed to confirm the copy.</summary>
    public bool Refreshing => Volatile.Read(ref _refreshing) == 1;

    public bool TryBeginRefresh() => Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0;

    public void EndRefresh() => Volatile.Write(ref _refreshing, 0);
}

/// <summary>Bodies of one snapshot for each API base URL it is asked for: a handful at most (the public host, a test host).</summary>
/// <param name="publishTimes">The publishAt times of the snapshot's decks, held back or not: when one passes, the snapshot is out of date.</param>
internal sealed class PerBaseUrl<TBodies>(Func<string, TBodies> render, IReadOnlyList<DateTimeOffset>? publishTimes = null) where TBodies : class
{
    public IReadOnlyList<DateTimeOffset> PublishTimes { get; } = publishTimes ?? [];

    private const int MaxBaseUrls = 4;
    private readonly ConcurrentDictionary<string, TBodies> _bodies = new(StringComparer.Ordinal);

    public TBodies For(string baseUrl) =>
        _bodies.TryGetValue(baseUrl, out var bodies) ? bodies
        : _bodies.Count < MaxBaseUrls ? _bodies.GetOrAdd(baseUrl, render)
        : render(baseUrl);

    public IEnumerable<TBodies> All => _bodies.Values;
}
