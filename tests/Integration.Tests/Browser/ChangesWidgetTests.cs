using System.Net;
using System.Text;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using static Microsoft.Playwright.Assertions;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>
/// &lt;course-changes&gt; on a course site on another origin: the latest changes of the course from GET …/changes, in the
/// course's words, newest first, as many as its limit asks, with the Atom feed to follow. A course of its own, so that
/// the sample course the other browser tests read keeps its schedule.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChangesWidgetTests(WidgetHarness harness)
{
    private Uri PublishPage(string name, string course, string limit) => harness.Site.Publish($"/teaching/{name}", $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Recent changes</title>
          <link rel="icon" href="data:,">
          <script type="module" src="{{harness.Api}}/course-widget.js"></script>
        </head>
        <body>
          <main>
            <h1>Optimisation</h1>
            <h2>What changed</h2>
            <course-changes api="{{harness.Api.AbsoluteUri}}" course="{{course}}" limit="{{limit}}"></course-changes>
          </main>
        </body>
        </html>
        """);

    private async Task PatchSessionAsync(string course, string date, string patch)
    {
        using var client = harness.Server.Host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/courses/{course}/sessions/{date}")
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
            Headers = { { "x-functions-key", WidgetHarness.EditKey }, { "If-Match", "*" } },
        };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_latest_changes_show_newest_first_in_the_courses_words_up_to_the_limit_with_the_atom_feed()
    {
        var course = "changes" + Guid.NewGuid().ToString("N")[..8];
        var store = harness.Server.Host.App.Services.GetRequiredService<ICourseStore>();
        await store.SaveAsync(new Course { Id = course, Title = "Optimisation", TimeZone = "Europe/Paris", Location = "Room A" },
            [.. new[] { 7, 14, 21 }.Select(day => new Session { Date = new DateOnly(2025, 2, day), Topics = ["Gradient descent"] })], default);
        await PatchSessionAsync(course, "2025-02-07", """{"status":"cancelled","note":"Strike"}""");
        await PatchSessionAsync(course, "2025-02-14", """{"location":"Amphi B"}""");
        await PatchSessionAsync(course, "2025-02-21", """{"status":"cancelled"}""");

        await using var page = await harness.OpenAsync(PublishPage("changes", course, limit: "2"));
        var changes = page.Locator("course-changes [part=change]");
        await Expect(changes).ToHaveCountAsync(2);
        await Expect(changes.Nth(0)).ToContainTextAsync("Fri 21 Feb: cancelled");
        await Expect(changes.Nth(1)).ToContainTextAsync("Fri 14 Feb: now in Amphi B (was Room A)");
        var datetime = await changes.Nth(0).Locator("time").GetAttributeAsync("datetime");
        var at = DateTimeOffset.Parse(datetime ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs((DateTimeOffset.UtcNow - at).TotalMinutes) < 10, $"changed at {at}");
        var feed = page.Page.Locator("course-changes a", new() { HasText = "Atom feed" });
        Assert.EndsWith($"/api/courses/{course}/changes.atom", await feed.GetAttributeAsync("href"));
        await Expect(page.Locator("course-changes [part=changes]")).ToHaveAttributeAsync("aria-label", "Recent changes");
        Assert.Empty(await page.AccessibilityViolationsAsync());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task A_course_without_changes_says_so()
    {
        var course = "quiet" + Guid.NewGuid().ToString("N")[..8];
        await harness.Server.Host.App.Services.GetRequiredService<ICourseStore>().SaveAsync(
            new Course { Id = course, Title = "A quiet course", TimeZone = "Europe/Paris" }, [new Session { Date = new DateOnly(2025, 2, 7) }], default);

        await using var page = await harness.OpenAsync(PublishPage("quiet", course, limit: "not a number"));
        await Expect(page.Locator("course-changes [part=body]")).ToContainTextAsync("No changes so far.");
        page.AssertNoErrors();
    }
}
