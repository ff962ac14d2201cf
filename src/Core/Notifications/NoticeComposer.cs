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
        // The sentence is the change log's own ("Fri 7 Feb: cancelled (Strike)"), in the course's culture, as Atom shows it.
        var culture = schedule is null ? ChangeWording.DefaultCulture : ChangeWording.CultureOf(schedule.Course);
        var changes = new List<NoticeChange>();
        foreach (var kind in window.Select(change => change.Kind).Distinct())
        {
            var ofKind = window.Where(change => change.Kind == kind).ToList();
            // Each deck published is news of its own; other kinds say where the session went from where it was.
            IEnumerable<CourseChange> told = kind == ChangeKind.SlidesPublished ? ofKind : [ofKind[^1] with { Before = ofKind[0].Before }];
            foreach (var change in told)
            {
                if (kind is ChangeKind.TimeChanged or ChangeKind.RoomChanged or ChangeKind.DetailsChanged && change.Before == change.After) continue;
                if (!StatusSurvives(kind, window)) continue;
                changes.Add(new NoticeChange(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), change.Before, change.After,
                    ChangeWording.Title(change, culture)));
            }
        }
        if (changes.Count == 0) return null;

        // Decks still held back by their publishAt stay out of the session a receiver is shown.
        var shown = schedule is null ? null : schedule with { Materials = [.. schedule.Materials.Where(m => m.IsPublishedAt(now))] };
        var session = shown is null ? null : ApiMapping.ToSessionResponse(shown, first.SessionDate, links.ApiBase);
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

    /// <summary>The same changes give the same id, however often they are dispatched.</summary>
    private static string Id(IEnumerable<CourseChange> window) =>
        Hash(string.Join('\n', window.Select(change => $"{change.CourseId}|{change.Id}")));

    public static string MessageId(string noticeId, string webhookId) => "msg_" + Hash($"{noticeId}|{webhookId}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
