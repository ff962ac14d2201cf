using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CourseFunctions.Core.Notifications;

namespace CourseFunctions.Integration.Tests.Webhooks;

/// <summary>Registering, listing and deleting webhooks on the DevServer, with the settings Azure has (https only, public addresses only).</summary>
public sealed class WebhooksApiTests : IAsyncLifetime
{
    private const string Key = "webhooks-key";
    private const string Webhooks = "/api/courses/iasd2025/webhooks";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", Key,
            "--CourseData:EditorsTableName", TestStorage.NewTableName(),
            "--Notifications:WebhooksTableName", TestStorage.NewTableName(),
            "--Notifications:QueueName", "q" + Guid.NewGuid().ToString("N")[..20],
            "--Notifications:RequireHttps", "true", "--Notifications:AllowPrivateAddresses", "false");
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string? key = Key, string? bearer = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (key is not null) request.Headers.Add("x-functions-key", key);
        if (bearer is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        return _client.SendAsync(request);
    }

    private async Task<string> EditorTokenAsync(string course)
    {
        var response = await SendAsync(HttpMethod.Post, $"/api/courses/{course}/editors", """{"name":"Ada (TA)"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task The_courses_editors_manage_its_webhooks_and_an_editor_of_another_course_gets_403()
    {
        var token = await EditorTokenAsync("iasd2025");
        var created = await SendAsync(HttpMethod.Post, Webhooks, """{"url":"https://93.184.215.14/hook","format":"discord"}""", key: null, bearer: token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, Webhooks, key: null, bearer: token)).StatusCode);

        var putOther = new HttpRequestMessage(HttpMethod.Put, "/api/courses/other-course")
        {
            Content = new StringContent("""{"title":"Other course","timeZone":"Europe/Paris"}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", Key }, { "If-None-Match", "*" } },
        };
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(putOther)).StatusCode);
        var otherToken = await EditorTokenAsync("other-course");
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Get, Webhooks, key: null, bearer: otherToken), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Delete, $"{Webhooks}/{id}", key: null, bearer: otherToken), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Webhooks}/{id}", key: null, bearer: token)).StatusCode);
    }

    private Task<HttpResponseMessage> RegisterAsync(string url, string format = "standard") =>
        SendAsync(HttpMethod.Post, Webhooks, JsonSerializer.Serialize(new { url, format }));

    [Fact]
    public async Task Anonymous_callers_get_401_on_every_webhook_route()
    {
        await ProblemAssert.IsProblem(
            await SendAsync(HttpMethod.Post, Webhooks, """{"url":"https://93.184.215.14/hook"}""", key: null), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Get, Webhooks, key: null), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Delete, Webhooks + "/wh_x", key: null), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Get, Webhooks, key: "wrong"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registering_answers_the_secret_once_the_list_never_shows_it_and_delete_removes_it()
    {
        var created = await RegisterAsync("https://93.184.215.14/hook", "slack");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhook = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = webhook.GetProperty("id").GetString()!;
        Assert.Equal("https://93.184.215.14/hook", webhook.GetProperty("url").GetString());
        Assert.Equal("slack", webhook.GetProperty("format").GetString());
        var secret = webhook.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.True(Convert.FromBase64String(secret["whsec_".Length..]).Length >= 24);

        var list = await SendAsync(HttpMethod.Get, Webhooks);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var text = await list.Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret["whsec_".Length..], text);
        var listed = JsonDocument.Parse(text).RootElement.GetProperty("webhooks").EnumerateArray().Single();
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.False(listed.TryGetProperty("secret", out _));
        Assert.Equal("idle", listed.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Webhooks}/{id}")).StatusCode);
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Delete, $"{Webhooks}/{id}"), HttpStatusCode.NotFound);
        var after = await (await SendAsync(HttpMethod.Get, Webhooks)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(after.GetProperty("webhooks").EnumerateArray());
    }

    [Theory]
    [InlineData("http://93.184.215.14/hook")]          // https only
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]              // a name that resolves to loopback
    [InlineData("https://10.0.0.7/hook")]
    [InlineData("https://169.254.169.254/metadata")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://user:pass@93.184.215.14/hook")]
    [InlineData("ftp://93.184.215.14/hook")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task Urls_that_are_not_https_to_a_public_address_are_refused(string url)
    {
        var response = await RegisterAsync(url);
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("url", out _));
    }

    [Theory]
    [InlineData("""{"url":"https://93.184.215.14/hook","format":"telegram"}""")]
    [InlineData("""{"url":"https://93.184.215.14/hook","format":"1"}""")]
    [InlineData("""{"url":"https://93.184.215.14/hook","colour":"red"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"url":""")]
    public async Task Bodies_that_are_not_a_webhook_are_400(string body) =>
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Post, Webhooks, body), HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_patch_disables_and_enables_a_webhook_and_bad_patches_are_4xx()
    {
        var created = await RegisterAsync("https://93.184.215.14/hook");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        async Task<HttpResponseMessage> PatchAsync(string body, string? key = Key, string contentType = "application/merge-patch+json")
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, $"{Webhooks}/{id}") { Content = new StringContent(body, Encoding.UTF8, contentType) };
            if (key is not null) request.Headers.Add("x-functions-key", key);
            return await _client.SendAsync(request);
        }

        var disabled = await PatchAsync("""{"disabled":true}""");
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var webhook = await disabled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("disabled", true), (webhook.GetProperty("status").GetString(), webhook.GetProperty("disabled").GetBoolean()));
        Assert.False(webhook.TryGetProperty("secret", out _));
        var listed = (await (await SendAsync(HttpMethod.Get, Webhooks)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhooks")[0];
        Assert.True(listed.GetProperty("disabled").GetBoolean());

        var enabled = await (await PatchAsync("""{"disabled":false}""", contentType: "application/json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("idle", false), (enabled.GetProperty("status").GetString(), enabled.GetProperty("disabled").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledAt").ValueKind);

        await ProblemAssert.IsProblem(await PatchAsync("""{"disabled":false}""", key: null), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblem(await PatchAsync("{}"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblem(await PatchAsync("""{"disabled":"no"}"""), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblem(await PatchAsync("""{"url":"https://93.184.215.14/other"}"""), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblem(await PatchAsync("""{"disabled":false}""", contentType: "text/plain"), HttpStatusCode.UnsupportedMediaType);
        var unknown = new HttpRequestMessage(HttpMethod.Patch, $"{Webhooks}/wh_nosuchwebhook")
        {
            Content = new StringContent("""{"disabled":false}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", Key } },
        };
        await ProblemAssert.IsProblem(await _client.SendAsync(unknown), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_course_that_does_not_exist_has_no_webhooks()
    {
        await ProblemAssert.IsProblem(
            await SendAsync(HttpMethod.Post, "/api/courses/no-such-course/webhooks", """{"url":"https://93.184.215.14/hook"}"""), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await SendAsync(HttpMethod.Get, "/api/courses/no-such-course/webhooks"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_course_has_a_bounded_number_of_webhooks()
    {
        var max = new NotificationsOptions().MaxWebhooksPerCourse;
        for (var i = 0; i < max; i++) Assert.Equal(HttpStatusCode.Created, (await RegisterAsync($"https://93.184.215.14/hook{i}")).StatusCode);
        await ProblemAssert.IsProblem(await RegisterAsync("https://93.184.215.14/one-too-many"), HttpStatusCode.Conflict);
    }
}
