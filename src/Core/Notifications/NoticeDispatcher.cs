using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// Turns the outbox into queued deliveries: the changes of one session are held back
/// <see cref="NotificationsOptions.HoldBackSeconds"/> from the first of them, and those within that window make one
/// notice (<see cref="NoticeComposer"/>). One message per notice and webhook is queued, then the window's markers are
/// deleted. A crash between the two queues the notice again with the same ids: a receiver may get a duplicate
/// (at-least-once, deduplicated on webhook-id), never nothing. Each run first records the "slides published" changes of
/// decks whose publishAt has passed.
/// </summary>
public sealed class NoticeDispatcher(
    ICourseChangeLog changeLog, IMaterialStore materials, WebhookStore webhooks, DeliveryQueue queue, ICourseStore courses, NoticeLinks links,
    IOptions<NotificationsOptions> options, TimeProvider time, ILogger<NoticeDispatcher> logger)
{
    /// <summary>Markers read per run; the rest wait for the next run.</summary>
    private const int MaxMarkersPerRun = 1_000;

    /// <returns>The number of notices queued.</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        // Decks whose publishAt has passed become news here: their changes join the outbox like any other.
        var published = await materials.RecordDuePublicationsAsync(cancellationToken);
        if (published > 0) logger.LogInformation("{Decks} held-back deck(s) published", published);
        var now = time.GetUtcNow();
        var holdBack = TimeSpan.FromSeconds(options.Value.HoldBackSeconds);
        var pending = await changeLog.ListPendingAsync(MaxMarkersPerRun, cancellationToken);
        var queued = 0;
        foreach (var course in pending.GroupBy(marker => marker.CourseId))
        {
            var windows = course.GroupBy(marker => marker.Change.SessionDate)
                .Select(session => FirstWindow(session.Select(marker => marker.Change), holdBack))
                .Where(window => window[0].At + holdBack <= now)
                .ToList();
            if (windows.Count == 0) continue;

            var targets = (await webhooks.ListAsync(course.Key, cancellationToken)).Where(webhook => !webhook.Disabled).ToList();
            var schedule = targets.Count > 0 ? await courses.GetScheduleAsync(course.Key, cancellationToken) : null;
            foreach (var window in windows)
            {
                if (targets.Count > 0 && NoticeComposer.Compose(window, schedule, links, now) is { } notice)
                {
                    foreach (var webhook in targets)
                        await queue.SendAsync(new DeliveryMessage(course.Key, webhook.Id, NoticeComposer.MessageId(notice.Id, webhook.Id),
                            NoticeFormats.Render(notice, webhook.Format), Attempt: 1), TimeSpan.Zero, cancellationToken);
                    queued++;
                }
                foreach (var change in window) await changeLog.DeletePendingAsync(new OutboxMarker(change), cancellationToken);
            }
            logger.LogInformation("Course {CourseId}: {Windows} window(s) of changes dispatched to {Webhooks} webhook(s)",
                course.Key, windows.Count, targets.Count);
        }
        return queued;
    }

    /// <summary>The first change and those that followed it within the hold-back, in order; later ones make the next notice.</summary>
    private static List<CourseChange> FirstWindow(IEnumerable<CourseChange> changes, TimeSpan holdBack)
    {
        var ordered = changes.OrderBy(change => change.At).ThenBy(change => change.Id, StringComparer.Ordinal).ToList();
        return ordered.TakeWhile(change => change.At < ordered[0].At + holdBack).ToList();
    }
}
