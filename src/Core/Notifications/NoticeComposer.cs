using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// Makes one notice of the changes of one session within a hold-back window: each kind once, from the first
/// change's "before" to the last one's "after"; a change undone within the window (cancelled then restored, a time
/// changed and changed back) drops out, and when nothing is left there is no notice.
/// </summary>
public static class NoticeComposer
{
    private static readonly (ChangeKind, ChangeKind)[] Opposites =
        [(ChangeKind.Cancelled, ChangeKind.Restored), (ChangeKind.Added, ChangeKind.Removed)];

    public static Notice? Compose(IReadOnlyList<CourseChange> window, CourseSchedule? schedule, NoticeLinks links, DateTimeOffset now)
    {
        var first = window[0];
        var changes = new List<NoticeChange>();
        foreach (var kind in window.Select(change => change.Kind).Distinct())
        {
            var ofKind = window.Where(change => change.Kind == kind).ToList();
            var (before, after) = (ofKind[0].Before, ofKind[^1].After);
            if (kind is ChangeKind.TimeChanged or ChangeKind.RoomChanged or ChangeKind.DetailsChanged && before == after) continue;
            if (!StatusSurvives(kind, window)) continue;
            changes.Add(new NoticeChange(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), before, after, Summary(first.SessionDate, kind, before, after)));
        }
        if (changes.Count == 0) return null;

        var session = schedule is null ? null : ApiMapping.ToSessionResponse(schedule, first.SessionDate, links.ApiBase);
        return new Notice(Id(window), first.CourseId, schedule?.Course.Title ?? first.CourseId, first.SessionDate, changes, session,
            links.PublicApiBase is null ? null : ApiLinks.Schedule(links.ApiBase, first.CourseId), now);
    }

    /// <summary>
    /// Of a status and its opposite (cancelled and restored, added and removed) within one window, the last tells the
    /// final state: it counts when the first was the same (the status did change), and neither counts otherwise
    /// (back where it was). Other kinds always pass here.
    /// </summary>
    private static bool StatusSurvives(ChangeKind kind, IReadOnlyList<CourseChange> window)
    {
        foreach (var (one, other) in Opposites)
        {
            if (kind != one && kind != other) continue;
            var pair = window.Where(change => change.Kind == one || change.Kind == other).ToList();
            return pair[0].Kind == pair[^1].Kind && kind == pair[^1].Kind;
        }
        return true;
    }

    private static string Summary(DateOnly date, ChangeKind kind, string? before, string? after)
    {
        var day = date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        return kind switch
        {
            ChangeKind.Cancelled => $"{day}: cancelled" + (string.IsNullOrWhiteSpace(after) ? "" : $" ({after})"),
            ChangeKind.Restored => $"{day}: takes place again",
            ChangeKind.Added => $"{day}: new session" + (after is null ? "" : $", {after}"),
            ChangeKind.Removed => $"{day}: removed",
            ChangeKind.Moved => $"{day}: moved here" + (before is null ? "" : $" from {before}"),
            ChangeKind.TimeChanged => $"{day}: {before ?? "no time"} → {after ?? "no time"}",
            ChangeKind.RoomChanged => $"{day}: room {before ?? "none"} → {after ?? "none"}",
            ChangeKind.TopicsFilled => $"{day}: {after}",
            ChangeKind.SlidesPublished => $"{day}: slides published" + (after is null ? "" : $" ({after})"),
            _ => $"{day}: details changed",
        };
    }

    /// <summary>The same changes give the same id, however often they are dispatched.</summary>
    private static string Id(IEnumerable<CourseChange> window) =>
        Hash(string.Join('\n', window.Select(change => $"{change.CourseId}|{change.Id}")));

    public static string MessageId(string noticeId, string webhookId) => "msg_" + Hash($"{noticeId}|{webhookId}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
