using System.Collections.Concurrent;
using System.Text;
using CourseFunctions.Core.Http;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Calendar;

/// <summary>
/// Serves rendered feeds. Calendar servers poll on a schedule and most polls find nothing new, so a
/// feed is rendered once per change: within <see cref="CalendarOptions.RevalidateSeconds"/> it is served
/// from memory with no storage round trip; after that one point read of the course's revision decides
/// whether it is still current, and only a change costs the partition query and a new render.
/// </summary>
public sealed class CalendarFeedService(
    ICourseStore store, CourseCalendarWriter writer, IOptions<CalendarOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RenderedFeed> _feeds = new(StringComparer.Ordinal);

    /// <param name="apiBaseUrl">Base of the slide links in the feed; a feed rendered for another base is not reused.</param>
    public async Task<RenderedFeed?> GetAsync(string courseId, string apiBaseUrl, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_feeds.TryGetValue(courseId, out var cached) && cached.ApiBaseUrl == apiBaseUrl)
        {
            if (now - cached.CheckedAt < TimeSpan.FromSeconds(options.Value.RevalidateSeconds)) return cached;
            var version = await store.GetScheduleVersionAsync(courseId, cancellationToken);
            if (version is null)
            {
                _feeds.TryRemove(courseId, out _);
                return null;
            }
            if (version == cached.LastModified) return _feeds[courseId] = cached with { CheckedAt = now };
        }

        var schedule = await store.GetScheduleAsync(courseId, cancellationToken);
        if (schedule is null)
        {
            _feeds.TryRemove(courseId, out _);
            return null;
        }
        var body = Encoding.UTF8.GetBytes(writer.WriteFeed(schedule, apiBaseUrl));
        return _feeds[courseId] = new RenderedFeed(body, EntityTag.ForBody(body), schedule.ModifiedAt, now, apiBaseUrl);
    }

    /// <summary>Drops a course's feed after this instance changed the course, so the change shows at once.</summary>
    public void Invalidate(string courseId) => _feeds.TryRemove(courseId, out _);
}

/// <param name="LastModified">The schedule's revision time: the feed's Last-Modified.</param>
public sealed record RenderedFeed(byte[] Body, string EntityTag, DateTimeOffset LastModified, DateTimeOffset CheckedAt, string ApiBaseUrl);
