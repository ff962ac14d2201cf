using System.Text.Json;
using CourseFunctions.Core.Notifications;

namespace CourseFunctions.Core.Tests.Notifications;

public class NoticeFormatsTests
{
    private static Notice Sample(int summaries = 1) => new("n1", "iasd2025", "Lazy training", new DateOnly(2025, 2, 7),
        [.. Enumerable.Range(0, summaries).Select(i => i == 0
            ? new NoticeChange("cancelled", null, "Strike", "Fri 7 Feb: cancelled (Strike)")
            : new NoticeChange("detailsChanged", null, null, $"line {i} " + new string('x', 120)))],
        null, "https://courses.example.edu/api/courses/iasd2025/schedule", DateTimeOffset.Parse("2025-02-06T08:00:00Z"));

    private static JsonElement Render(Notice notice, WebhookFormat format) => JsonDocument.Parse(NoticeFormats.Render(notice, format)).RootElement;

    [Fact]
    public void Standard_is_type_timestamp_and_data()
    {
        var json = Render(Sample(), WebhookFormat.Standard);
        Assert.Equal("course.schedule.changed", json.GetProperty("type").GetString());
        Assert.Equal(DateTimeOffset.Parse("2025-02-06T08:00:00Z"), json.GetProperty("timestamp").GetDateTimeOffset());
        var data = json.GetProperty("data");
        Assert.Equal("iasd2025", data.GetProperty("courseId").GetString());
        Assert.Equal("2025-02-07", data.GetProperty("date").GetString());
        var change = data.GetProperty("changes")[0];
        Assert.Equal("cancelled", change.GetProperty("kind").GetString());
        Assert.Equal("Strike", change.GetProperty("after").GetString());
        Assert.Equal("Fri 7 Feb: cancelled (Strike)", change.GetProperty("summary").GetString());
    }

    [Fact]
    public void Slack_gets_text_with_the_course_in_bold_and_a_line_per_change()
    {
        var text = Render(Sample(), WebhookFormat.Slack).GetProperty("text").GetString()!;
        Assert.Equal("*Lazy training*\n• Fri 7 Feb: cancelled (Strike)\nhttps://courses.example.edu/api/courses/iasd2025/schedule", text);
    }

    [Fact]
    public void Discord_gets_content_of_at_most_2000_characters()
    {
        var content = Render(Sample(summaries: 40), WebhookFormat.Discord).GetProperty("content").GetString()!;
        Assert.StartsWith("**Lazy training**\n• Fri 7 Feb: cancelled (Strike)", content);
        Assert.True(content.Length <= 2000, $"{content.Length} characters");
    }

    [Fact]
    public void Teams_gets_an_adaptive_card_in_a_message_attachment()
    {
        var json = Render(Sample(), WebhookFormat.Teams);
        Assert.Equal("message", json.GetProperty("type").GetString());
        var attachment = json.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains(card.GetProperty("body").EnumerateArray(), block => block.GetProperty("text").GetString() == "Fri 7 Feb: cancelled (Strike)");
        Assert.Equal("https://courses.example.edu/api/courses/iasd2025/schedule", card.GetProperty("actions")[0].GetProperty("url").GetString());
    }
}
