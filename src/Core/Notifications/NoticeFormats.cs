using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseFunctions.Core.Representation;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// A notice as each kind of receiver takes it: Standard Webhooks JSON (<c>type</c>, <c>timestamp</c>, <c>data</c>),
/// or the incoming-webhook message of Slack (<c>text</c>), Discord (<c>content</c>, at most 2,000 characters) and
/// Teams workflows (an Adaptive Card in <c>attachments</c>).
/// </summary>
public static class NoticeFormats
{
    public const string EventType = "course.schedule.changed";
    private const int DiscordMaxContent = 2_000;
    private const int MaxSummaries = 20;

    public static string Render(Notice notice, WebhookFormat format) => format switch
    {
        WebhookFormat.Standard => Standard(notice),
        WebhookFormat.Slack => Json(new JsonObject { ["text"] = Text(notice, bold: "*") }),
        WebhookFormat.Discord => Json(new JsonObject { ["content"] = Truncate(Text(notice, bold: "**"), DiscordMaxContent) }),
        WebhookFormat.Teams => Teams(notice),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static string Standard(Notice notice) => JsonSerializer.Serialize(new
    {
        type = EventType,
        timestamp = notice.At,
        data = new
        {
            noticeId = notice.Id,
            courseId = notice.CourseId,
            courseTitle = notice.CourseTitle,
            date = notice.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            changes = notice.Changes,
            session = notice.Session,
            schedule = notice.ScheduleUrl,
        },
    }, ApiJson.Options);

    private static string Teams(Notice notice)
    {
        var body = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = notice.CourseTitle, ["weight"] = "Bolder", ["wrap"] = true } };
        foreach (var summary in notice.Summaries.Take(MaxSummaries))
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = summary, ["wrap"] = true });
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
        };
        if (notice.ScheduleUrl is { } url)
            card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Schedule", ["url"] = url } };
        return Json(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["contentUrl"] = null, ["content"] = card },
            },
        });
    }

    /// <summary>The chat message: the course in bold, then one line per change.</summary>
    private static string Text(Notice notice, string bold)
    {
        var text = new StringBuilder($"{bold}{notice.CourseTitle}{bold}");
        foreach (var summary in notice.Summaries.Take(MaxSummaries)) text.Append('\n').Append("• ").Append(summary);
        if (notice.Summaries.Count > MaxSummaries) text.Append($"\n… and {notice.Summaries.Count - MaxSummaries} more");
        if (notice.ScheduleUrl is { } url) text.Append('\n').Append(url);
        return text.ToString();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Json(JsonObject value) => value.ToJsonString(ApiJson.Options);
}
