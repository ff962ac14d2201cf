using System.Security.Cryptography;
using System.Text;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// Turns pending changes into queued deliveries: the changes of one session are held back
/// <see cref="NotificationsOptions.HoldBackSeconds"/> from the first of them, and those within that window make one
/// notice with the session as it is then. One message per notice and webhook is queued, then the changes are
/// removed from the outbox. A crash between the two queues the notice again with the same ids: a receiver may get a
/// duplicate (at-least-once), never nothing.
/// </summary>
public sealed class NoticeDispatcher(
    IChangeOutbox outbox, WebhookStore webhooks, DeliveryQueue queue, ICourseStore courses, NoticeLinks links,
    IOptions<NotificationsOptions> options, TimeProvider time, ILogger<NoticeDispatcher> logger)
{
    /// <summary>Changes read per run; the rest wait for the next run.</summary>
    private const int MaxChangesPerRun = 500;

    /// <returns>The number of notices made.</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var holdBack = TimeSpan.FromSeconds(options.Value.HoldBackSeconds);
        var pending = await outbox.ReadPendingAsync(MaxChangesPerRun, cancellationToken);
        var notices = 0;
        foreach (var course in pending.GroupBy(change => change.CourseId))
        {
            var windows = course.GroupBy(change => change.SessionDate)
                .Select(session => FirstWindow(session.OrderBy(change => change.At).ThenBy(change => change.MarkerId, StringComparer.Ordinal).ToList(), holdBack))
                .Where(window => window[0].At + holdBack <= now)
                .ToList();
            if (windows.Count == 0) continue;

            var targets = await webhooks.ListAsync(course.Key, cancellationToken);
            var schedule = targets.Count > 0 ? await courses.GetScheduleAsync(course.Key, cancellationToken) : null;
            foreach (var window in windows)
            {
                if (targets.Count > 0)
                {
                    var notice = Compose(window, schedule, now);
                    foreach (var webhook in targets)
                        await queue.SendAsync(new DeliveryMessage(course.Key, webhook.Id, MessageId(notice.Id, webhook.Id),
                            NoticeFormats.Render(notice, webhook.Format), Attempt: 1), TimeSpan.Zero, cancellationToken);
                    notices++;
                }
                await outbox.RemoveAsync(window, cancellationToken);
            }
            logger.LogInformation("Course {CourseId}: {Windows} notice(s) queued for {Webhooks} webhook(s)", course.Key, windows.Count, targets.Count);
        }
        return notices;
    }

    /// <summary>The first change and those that followed it within the hold-back; later ones make the next notice.</summary>
    private static List<PendingChange> FirstWindow(List<PendingChange> changes, TimeSpan holdBack) =>
        changes.TakeWhile(change => change.At < changes[0].At + holdBack).ToList();

    private Notice Compose(List<PendingChange> window, CourseSchedule? schedule, DateTimeOffset now)
    {
        var first = window[0];
        var session = schedule is not null && first.SessionDate is { } date ? ApiMapping.ToSessionResponse(schedule, date, links.ApiBase) : null;
        return new Notice(NoticeId(window), first.CourseId, schedule?.Course.Title ?? first.CourseId, first.SessionDate,
            window.Select(change => change.Kind).Distinct().ToList(), window.Select(change => change.Summary).Distinct().ToList(),
            session, schedule is null || links.PublicApiBase is null ? null : ApiLinks.Schedule(links.ApiBase, first.CourseId), now);
    }

    /// <summary>The same changes give the same id, however often they are dispatched.</summary>
    private static string NoticeId(IEnumerable<PendingChange> window) =>
        Hash(string.Join('\n', window.Select(change => $"{change.CourseId}|{change.MarkerId}")));

    private static string MessageId(string noticeId, string webhookId) => "msg_" + Hash($"{noticeId}|{webhookId}");

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
