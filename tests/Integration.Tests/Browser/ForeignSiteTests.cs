using System.Text.Json;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using static Microsoft.Playwright.Assertions;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>
/// The widget on the instructor's own site, on another origin than the API (a Jekyll site on port 4000,
/// say): the two lines of the README, CORS end to end, and what students see when the API is down or slow.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ForeignSiteTests(WidgetHarness harness)
{
    /// <summary>An al-folio page: its own fonts and colours, its static schedule inside the element, and the two lines.</summary>
    private Uri PublishCoursePage(string name, string api, string course = "iasd2025", string lang = "en") => harness.Site.Publish($"/teaching/{name}", $$"""
        <!doctype html>
        <html lang="{{lang}}">
        <head>
          <meta charset="utf-8">
          <title>Mathematics of deep learning</title>
          <link rel="icon" href="data:,">
          <style>body { font-family: Georgia, serif; color: rgb(20, 40, 60); }</style>
          <script type="module" src="{{harness.Api}}/course-widget.js"></script>
        </head>
        <body>
          <main>
            <h1>Mathematics of deep learning</h1>
            <course-info api="{{api}}" course="{{course}}"></course-info>
            <course-schedule api="{{api}}" course="{{course}}">
              <table id="static-schedule"><tr><th>Date</th><th>Lecture Topic</th></tr><tr><td>Jan 10</td><td>Introduction</td></tr></table>
            </course-schedule>
          </main>
        </body>
        </html>
        """);

    [Fact]
    public async Task The_two_lines_give_a_course_site_on_another_origin_the_live_schedule_in_its_own_style()
    {
        var url = PublishCoursePage("live", harness.Api.AbsoluteUri);
        await using var page = await harness.OpenAsync(url);

        await Expect(page.Locator("course-schedule [part=row]")).ToHaveCountAsync(8);
        await Expect(page.Locator("#static-schedule")).ToBeHiddenAsync();
        var style = await page.Locator("course-schedule [part=row] td").First.EvaluateAsync<JsonElement>(
            "cell => { const s = getComputedStyle(cell); return { font: s.fontFamily, color: s.color }; }");
        Assert.Equal("Georgia, serif", style.GetProperty("font").GetString());
        Assert.Equal("rgb(20, 40, 60)", style.GetProperty("color").GetString());
        Assert.Equal(1, await page.Page.EvaluateAsync<int>("performance.getEntriesByName('course-schedule render').length"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Dates_follow_the_language_of_the_page()
    {
        var url = PublishCoursePage("french", harness.Api.AbsoluteUri, lang: "fr");
        await using var page = await harness.OpenAsync(url);

        await Expect(page.Locator("course-schedule [part=row] th").First).ToContainTextAsync("10 janv.");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task A_new_course_without_sessions_or_location_says_so_and_shows_no_empty_facts()
    {
        var store = harness.Server.Host.App.Services.GetRequiredService<ICourseStore>();
        await store.SaveAsync(new Course { Id = "newcourse2026", Title = "A new course", TimeZone = "Europe/Paris", Semester = "Fall 2026" }, [], default);
        var url = PublishCoursePage("new-course", harness.Api.AbsoluteUri, course: "newcourse2026");
        await using var page = await harness.OpenAsync(url);

        await Expect(page.Locator("course-schedule [part=body]")).ToHaveTextAsync("No sessions are scheduled yet.");
        await Expect(page.Locator("course-info [part=facts] li")).ToHaveTextAsync(["Semester: Fall 2026"]);
        page.AssertNoErrors();
    }

    /// <summary>Data written to storage by other means (an older server, a storage tool) must still not run script on the site.</summary>
    [Fact]
    public async Task Links_with_other_schemes_than_http_https_or_mailto_are_shown_as_text_not_links()
    {
        var store = harness.Server.Host.App.Services.GetRequiredService<ICourseStore>();
        var course = new Course
        {
            Id = "unsafe2026", Title = "A course with hostile links", TimeZone = "Europe/Paris",
            Literature = [new LiteratureItem { Title = "Phishing book", Url = "JavaScript:alert(document.domain)" }],
        };
        await store.SaveAsync(course, [new Session
        {
            Date = new DateOnly(2026, 3, 6),
            Materials = [new MaterialLink("Slides", "javascript:alert(document.domain)"), new MaterialLink("Data", "data:text/html,<script>alert(1)</script>"),
                new MaterialLink("Notes", "https://example.org/notes.pdf")],
        }], default);
        var url = PublishCoursePage("unsafe-links", harness.Api.AbsoluteUri, course: "unsafe2026");
        await using var page = await harness.OpenAsync(url);

        await Expect(page.Locator("course-schedule [part=row]")).ToHaveCountAsync(1);
        await Expect(page.Locator("course-schedule [part=row]")).ToContainTextAsync("Slides");
        await Expect(page.Locator("course-info")).ToContainTextAsync("Phishing book");
        var hrefs = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('course-info, course-schedule')]"
            + ".flatMap(e => [...e.shadowRoot.querySelectorAll('a')]).map(a => a.getAttribute('href'))");
        Assert.Contains("https://example.org/notes.pdf", hrefs);
        Assert.All(hrefs, href => Assert.Matches("^(https?|mailto|webcal):", href));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task A_site_on_an_origin_the_API_does_not_allow_keeps_its_static_page()
    {
        var allowed = PublishCoursePage("not-allowed", harness.Api.AbsoluteUri);
        // Same server, other host name: http://localhost:port is another origin, missing from the CORS list.
        var foreign = new UriBuilder(allowed) { Host = "localhost" }.Uri;
        await using var page = await harness.OpenAsync(foreign);

        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await Expect(page.Locator("#static-schedule")).ToBeVisibleAsync();
        Assert.False(await page.Page.EvaluateAsync<bool>("customElements.get('course-schedule') !== undefined"));
        Assert.Contains(page.ConsoleErrors, error => error.Contains("CORS"));
        page.AssertNoUncaughtExceptions();
    }

    [Fact]
    public async Task When_the_API_cannot_be_reached_each_element_says_so_and_the_static_schedule_stays()
    {
        // Nothing listens on port 1 of the loopback.
        var url = PublishCoursePage("api-down", "http://127.0.0.1:1/api");
        await using var page = await harness.OpenAsync(url);

        await Expect(page.Locator("course-schedule [role=alert]")).ToHaveTextAsync(
            "The live course data could not be loaded: the server could not be reached. The course page's own copy is shown below.");
        await Expect(page.Locator("#static-schedule")).ToBeVisibleAsync();
        page.AssertNoUncaughtExceptions();
    }

    [Fact]
    public async Task When_the_API_does_not_answer_the_element_gives_up_after_its_timeout()
    {
        var url = PublishCoursePage("api-slow", harness.Api.AbsoluteUri);
        // The API's answers are held back for good: the widget's own 8-second timeout must end the wait.
        await using var page = await harness.OpenAsync(url, beforeLoading: p => p.RouteAsync("**/api/courses/**", _ => Task.CompletedTask));

        await Expect(page.Locator("#static-schedule")).ToBeVisibleAsync();
        await Expect(page.Locator("course-schedule [role=alert]")).ToContainTextAsync("the server took too long to answer",
            new() { Timeout = 15_000 });
        page.AssertNoUncaughtExceptions();
    }
}
