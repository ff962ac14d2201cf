using System.Net.Http.Json;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests.Browser;

/// <summary>
/// An editor page on the course site's own origin (allowed by CORS) edits the course through the API, as a
/// browser does it: its GET is compressed (the course is over 1 KB), it reads the ETag through CORS, changes one
/// field of what it read and PUTs the whole object back.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BrowserEditorTests(WidgetHarness harness)
{
    private const string CoursePath = "/courses/iasd2025";

    private Uri PublishEditorPage() => harness.Site.Publish("/admin/editor", $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Course editor</title><link rel="icon" href="data:,"></head>
        <body>
          <script>
            window.addTopic = async (topic) => {
              const url = "{{harness.Api.AbsoluteUri}}{{CoursePath}}";
              const read = await fetch(url);
              const etag = read.headers.get("ETag");
              const course = await read.json();
              course.topics = [...course.topics, topic];
              const write = await fetch(url, {
                method: "PUT",
                headers: { "Content-Type": "application/json", "If-Match": etag, "x-functions-key": "{{WidgetHarness.EditKey}}", "X-Editor": "editor page" },
                body: JSON.stringify(course),
              });
              return { etag, status: write.status, newETag: write.headers.get("ETag"), body: await write.json() };
            };
          </script>
        </body>
        </html>
        """);

    [Fact]
    public async Task An_editor_page_on_an_allowed_origin_edits_the_course_with_the_etag_it_read()
    {
        await using var page = await harness.OpenAsync(PublishEditorPage());
        var before = await harness.Server.Client.GetFromJsonAsync<JsonElement>("/api" + CoursePath);
        try
        {
            var result = await page.Page.EvaluateAsync<JsonElement>("() => addTopic('Edited from the course site')");

            // The browser read the compressed response's tag ("….gzip" or "….br", as Chromium offers) and sent it back.
            Assert.Matches(@"\.(br|gzip)""$", result.GetProperty("etag").GetString());
            Assert.Equal(200, result.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("newETag").GetString()));
            Assert.Equal("Edited from the course site", result.GetProperty("body").GetProperty("topics").EnumerateArray().Last().GetString());
            var after = await harness.Server.Client.GetFromJsonAsync<JsonElement>("/api" + CoursePath);
            Assert.Equal(
                before.GetProperty("description").GetProperty("markdown").GetString(),
                after.GetProperty("description").GetProperty("markdown").GetString());
            page.AssertNoErrors();
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    /// <summary>The other browser tests share this server and expect the sample course as it was.</summary>
    private async Task RestoreAsync(JsonElement before)
    {
        using var current = await harness.Server.Client.GetAsync("/api" + CoursePath);
        using var restore = new HttpRequestMessage(HttpMethod.Put, "/api" + CoursePath) { Content = JsonContent.Create(before) };
        restore.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
        restore.Headers.Add("x-functions-key", WidgetHarness.EditKey);
        using var response = await harness.Server.Client.SendAsync(restore);
        response.EnsureSuccessStatusCode();
    }
}
