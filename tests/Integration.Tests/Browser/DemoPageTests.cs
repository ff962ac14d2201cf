using CourseFunctions.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>The DevServer's demo page in Chromium: the sample course as its static page shows it, live.</summary>
[Collection(BrowserCollection.Name)]
public class DemoPageTests(WidgetHarness harness)
{
    private Uri DemoPage => harness.Server.Host.BaseAddress;

    private static ILocator Row(WatchedPage page, string day) => page.Locator("course-schedule [part=row]").Filter(new() { HasText = day });

    [Fact]
    public async Task The_schedule_shows_the_eight_sessions_the_cancelled_one_and_the_first_topics()
    {
        await using var page = await harness.OpenAsync(DemoPage);

        await Expect(page.Locator("course-schedule [part=row]")).ToHaveCountAsync(8);
        var cancelled = Row(page, "Jan 31");
        await Expect(cancelled).ToHaveClassAsync("cancelled");
        await Expect(cancelled).ToContainTextAsync("Cancelled No class");
        await Expect(Row(page, "Jan 10").Locator("li")).ToHaveTextAsync(["Introduction", "Recap of maths"]);
        await Expect(Row(page, "Jan 10")).ToContainTextAsync("09:00–12:15");
        await Expect(Row(page, "Jan 17")).ToContainTextAsync("Topics to be announced");
        await Expect(page.Locator("course-schedule caption")).ToHaveTextAsync("Times in Europe/Paris");
        page.AssertNoErrors();
    }

    /// <summary>A course whose page gives only the sessions' starts ("08:30"): the row shows the start alone, not "08:30–".</summary>
    [Fact]
    public async Task A_session_with_a_start_and_no_end_shows_its_start()
    {
        const string Page = "#+TITLE: Starts 2030\n\n* Schedule\n** <2030-09-02 Mon 08:30> Introduction\n** <2030-09-04 Wed 08:30-09:50> Feedback\n";
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/courses/starts2030/import")
        {
            Content = new StringContent(Page, System.Text.Encoding.UTF8, "text/markdown"),
        };
        import.Headers.Add("x-functions-key", WidgetHarness.EditKey);
        import.Headers.TryAddWithoutValidation("If-Match", "*");
        (await harness.Server.Client.SendAsync(import)).EnsureSuccessStatusCode();

        await using var page = await harness.OpenAsync(DemoPage);
        var schedule = page.Locator("course-schedule");
        await schedule.EvaluateAsync("element => element.setAttribute('course', 'starts2030')");
        await Expect(schedule.Locator("[part=row]")).ToHaveCountAsync(2);
        await Expect(Row(page, "Sep 2")).ToContainTextAsync("08:30");
        await Expect(Row(page, "Sep 2")).Not.ToContainTextAsync("–");
        await Expect(Row(page, "Sep 4")).ToContainTextAsync("08:30–09:50");
        page.AssertNoErrors();
    }

    /// <summary>The API's 304 itself is tested over HTTP (ReadApiTests); here, that the browser asks for it.</summary>
    [Fact]
    public async Task The_browser_revalidates_the_schedule_with_the_ETag_the_API_gave_it()
    {
        await using var page = await harness.OpenAsync(DemoPage);
        var schedule = $"{DemoPage}api/courses/iasd2025/schedule";
        var etag = await page.Page.EvaluateAsync<string>("async url => (await fetch(url)).headers.get('etag')", schedule);

        // As on a visit after max-age: the widget's plain fetch() leaves revalidation to the browser's HTTP cache.
        var again = await page.Page.RunAndWaitForResponseAsync(
            () => page.Page.EvaluateAsync("url => fetch(url, { cache: 'no-cache' })", schedule), schedule);

        Assert.Equal(etag, (await again.Request.AllHeadersAsync())["if-none-match"]);
        Assert.Equal(8, (await again.JsonAsync())!.Value.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task Changing_the_course_attribute_reloads_and_an_unknown_course_gets_the_API_s_reason()
    {
        await using var page = await harness.OpenAsync(DemoPage);
        var schedule = page.Locator("course-schedule");
        await Expect(schedule.Locator("[part=row]")).ToHaveCountAsync(8);

        await schedule.EvaluateAsync("element => element.setAttribute('course', 'nope2025')");
        await Expect(schedule.Locator("[role=alert]")).ToContainTextAsync("nope2025");
        await Expect(schedule.Locator("[part=row]")).ToHaveCountAsync(0);

        await schedule.EvaluateAsync("element => element.setAttribute('course', 'iasd2025')");
        await Expect(schedule.Locator("[part=row]")).ToHaveCountAsync(8);
        page.AssertNoUncaughtExceptions();
    }

    [Fact]
    public async Task Each_session_links_to_its_own_calendar_event()
    {
        await using var page = await harness.OpenAsync(DemoPage);

        var link = Row(page, "Jan 24").GetByRole(AriaRole.Link, new() { Name = "Add to calendar (Jan 24)" });
        var href = await link.GetAttributeAsync("href");
        Assert.EndsWith("/api/courses/iasd2025/sessions/2025-01-24/event.ics", href);
        var answer = await FetchInPageAsync(page, href!);
        Assert.StartsWith("200 text/calendar", answer);
        Assert.Contains("BEGIN:VEVENT", answer);
    }

    [Fact]
    public async Task Course_information_and_the_subscribe_links_come_from_the_API()
    {
        await using var page = await harness.OpenAsync(DemoPage);

        await Expect(page.Locator("course-info")).ToContainTextAsync("Dr. Bruno Loureiro");
        await Expect(page.Locator("course-info")).ToContainTextAsync("Fridays, 09:00–12:15 (Europe/Paris)");
        await Expect(page.Locator("course-info [part=literature] li")).ToHaveCountAsync(4);
        var webcal = await page.Locator("course-subscribe [part=subscribe]").GetAttributeAsync("href");
        Assert.Equal($"webcal://{DemoPage.Authority}/api/courses/iasd2025/calendar.ics", webcal);
        await Expect(page.Locator("course-subscribe [part=feed-url]")).ToHaveValueAsync($"{DemoPage}api/courses/iasd2025/calendar.ics");
        var google = await page.Page.GetByRole(AriaRole.Link, new() { Name = "Add to Google Calendar" }).GetAttributeAsync("href");
        Assert.Equal("https://calendar.google.com/calendar/r?cid=" + Uri.EscapeDataString(webcal!), google);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_copy_button_puts_the_feed_URL_on_the_clipboard_and_says_so()
    {
        await using var page = await harness.OpenAsync(DemoPage);
        await page.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        await Expect(page.Locator("course-subscribe [role=status]")).ToHaveTextAsync("Copied");
        Assert.Equal($"{DemoPage}api/courses/iasd2025/calendar.ics", await page.Page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Every_control_is_reached_with_the_Tab_key()
    {
        await using var page = await harness.OpenAsync(DemoPage);
        await Expect(page.Locator("course-schedule [part=row]")).ToHaveCountAsync(8);

        var stops = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            stops.Add(await page.Page.EvaluateAsync<string>("""
                () => { let at = document.activeElement; while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
                        return `${at.localName} ${at.getAttribute("aria-label") ?? at.textContent.trim()}`.trim(); }
                """));
        }

        Assert.Contains("a Subscribe in your calendar app", stops);
        Assert.Contains("button Copy", stops);
        Assert.Contains("a Add to calendar (Jan 10)", stops);
        Assert.Contains("a Add to calendar (Feb 28)", stops);
        Assert.Contains("input", stops);
        Assert.Contains("button Search", stops);
    }

    [Fact]
    public async Task A_slide_uploaded_during_the_test_appears_under_its_lecture_with_a_working_link()
    {
        var deck = TestPdfs.Deck("Lazy training", "Linearisation around initialisation", "The neural tangent kernel", "Feature learning");
        await harness.Server.UploadAndWaitUntilReadyAsync("iasd2025/2025-01-24-lazy-training.pdf", deck);

        await using var page = await harness.OpenAsync(DemoPage);

        var link = Row(page, "Jan 24").GetByRole(AriaRole.Link, new() { Name = "Lazy training" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(Row(page, "Jan 24")).ToContainTextAsync("Lazy training (3 pages)");
        var answer = await FetchInPageAsync(page, (await link.GetAttributeAsync("href"))!);
        Assert.StartsWith("200 application/pdf %PDF-", answer);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Slides_that_match_no_session_are_listed_as_course_materials()
    {
        await harness.Server.UploadAndWaitUntilReadyAsync("iasd2025/syllabus.pdf", TestPdfs.Deck("Syllabus", "Grading and dates"));

        await using var page = await harness.OpenAsync(DemoPage);

        await Expect(page.Locator("course-schedule [part=course-materials] li").Filter(new() { HasText = "Syllabus" }))
            .ToHaveTextAsync("Syllabus (1 page)");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Searching_with_the_keyboard_finds_the_slide_page_and_links_to_it()
    {
        var deck = TestPdfs.Deck("Double descent", "Classical U-shaped risk", "Interpolation threshold and benign overfitting");
        await harness.Server.UploadAndWaitUntilReadyAsync("iasd2025/2025-02-07-double-descent.pdf", deck);
        await using var page = await harness.OpenAsync(DemoPage);

        await page.Locator("course-search input").FocusAsync();
        await page.Page.Keyboard.TypeAsync("benign overfitting");
        await page.Page.Keyboard.PressAsync("Enter");

        var results = page.Locator("course-search [aria-live=polite]");
        var hit = results.GetByRole(AriaRole.Link, new() { Name = "Double descent, page 2" });
        await Expect(hit).ToBeVisibleAsync();
        Assert.Matches(@"/api/courses/iasd2025/materials/[^/]+/content#page=2$", await hit.GetAttributeAsync("href"));
        await Expect(results.Locator("mark")).ToHaveTextAsync(["benign", "overfitting"]);
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData(ColorScheme.Light, "demo-page")]
    [InlineData(ColorScheme.Dark, "demo-page-dark")]
    public async Task Axe_finds_no_accessibility_violations_with_search_results_shown(ColorScheme scheme, string screenshot)
    {
        await using var page = await harness.OpenAsync(DemoPage, scheme);
        await Expect(page.Locator("course-schedule [part=row]")).ToHaveCountAsync(8);
        await page.Locator("course-search input").FillAsync("kernel");
        await page.Locator("course-search input").PressAsync("Enter");
        await Expect(page.Locator("course-search [aria-live=polite] > *")).ToBeVisibleAsync();

        var violations = await page.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.ScreenshotAsync(screenshot);
        page.AssertNoErrors();
    }

    /// <summary>Follows a link the way the page's own script would, and reports "status content-type first-bytes".</summary>
    private static Task<string> FetchInPageAsync(WatchedPage page, string href) => page.Page.EvaluateAsync<string>("""
        async href => {
          const response = await fetch(href);
          const text = new TextDecoder("latin1").decode(await response.arrayBuffer());
          return `${response.status} ${response.headers.get("content-type")} ${text.slice(0, 2000)}`;
        }
        """, href);
}
