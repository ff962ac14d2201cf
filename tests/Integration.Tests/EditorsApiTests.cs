using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Per-course editors against Azurite: the operator makes one, its token edits that course only, the audit log
/// names it as the operator named it, and revoking it takes effect on the next request.
/// </summary>
public class EditorsApiTests : IAsyncLifetime
{
    private const string OperatorKey = "operator-key-for-tests";
    private const string Course = "iasd2025";
    private const string Session = "/api/courses/iasd2025/sessions/2025-01-17";
    private DevServerHost _host = null!;
    private HttpClient _client = null!;
    private string _editorsTable = null!;

    public async Task InitializeAsync()
    {
        _editorsTable = TestStorage.NewTableName();
        _host = await DevServerHost.StartAsync(null,
            "--DevServer:EditKey", OperatorKey,
            "--CourseData:EditorsTableName", _editorsTable,
            "--Slides:ContainerName", "slides" + Guid.NewGuid().ToString("N")[..12]);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? body = null, string? bearer = null, bool asOperator = false,
        string? ifMatch = null, string? note = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (asOperator) request.Headers.Add("x-functions-key", OperatorKey);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (note is not null) request.Headers.Add("X-Editor", note);
        return request;
    }

    private async Task<JsonElement> CreateEditorAsync(string course, string name)
    {
        using var response = await _client.SendAsync(Request(HttpMethod.Post, $"/api/courses/{course}/editors", $$"""{"name":"{{name}}"}""", asOperator: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task CreateCourseAsync(string course)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/courses/{course}")
        {
            Content = new StringContent("""{"title":"Other course","timeZone":"Europe/Paris"}""", Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", OperatorKey }, { "If-None-Match", "*" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HttpStatusCode> PatchAsync(string? bearer, string path = Session, string note = "Room B")
    {
        using var response = await _client.SendAsync(Request(HttpMethod.Patch, path, $$"""{"note":"{{note}}"}""", bearer, ifMatch: "*"));
        return response.StatusCode;
    }

    [Fact]
    public async Task The_token_is_shown_once_stored_only_as_its_hash_and_never_listed()
    {
        var editor = await CreateEditorAsync(Course, "Ada (TA)");
        var id = editor.GetProperty("id").GetString()!;
        var token = editor.GetProperty("token").GetString()!;
        Assert.Equal("Ada (TA)", editor.GetProperty("name").GetString());
        Assert.Matches("^[0-9a-f]{16}$", id);
        // 256 random bits, base64url: 43 characters after the course and the editor.
        Assert.Matches($"^cfe\\.{Course}\\.{id}\\.[A-Za-z0-9_-]{{43}}$", token);

        using var list = await _client.SendAsync(Request(HttpMethod.Get, $"/api/courses/{Course}/editors", asOperator: true));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = await list.Content.ReadAsStringAsync();
        Assert.DoesNotContain(token.Split('.')[3], listed);
        var only = Assert.Single(JsonDocument.Parse(listed).RootElement.GetProperty("editors").EnumerateArray());
        Assert.Equal((id, "Ada (TA)"), (only.GetProperty("id").GetString(), only.GetProperty("name").GetString()));
        Assert.False(only.TryGetProperty("token", out _));

        var row = (await new TableClient(TestStorage.ConnectionString, _editorsTable).GetEntityAsync<TableEntity>(Course, id)).Value;
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), row.GetBinary("TokenSha256"));
        Assert.DoesNotContain(row, property => property.Value is string text && text.Contains(token.Split('.')[3]));
    }

    [Fact]
    public async Task An_editor_writes_its_course_and_the_audit_log_names_it_as_the_operator_did_whatever_x_editor_says()
    {
        var editor = await CreateEditorAsync(Course, "Ada (TA)");
        var token = editor.GetProperty("token").GetString()!;

        using var patch = await _client.SendAsync(Request(HttpMethod.Patch, Session, """{"note":"Room B"}""", token, ifMatch: "*", note: "operator"));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        using var upload = await _client.SendAsync(Request(HttpMethod.Post, $"/api/courses/{Course}/slides/upload-url?name=deck.pdf", bearer: token));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        using var import = await _client.SendAsync(Request(HttpMethod.Post, $"/api/courses/{Course}/import?dryRun=true",
            CourseFunctions.DevServer.DevStorageSetup.ReadSample(), token, contentType: "text/markdown"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        using var audit = await _client.SendAsync(Request(HttpMethod.Get, $"/api/courses/{Course}/audit", bearer: token));
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        var entries = (await audit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray().ToList();
        var edit = entries.Single(e => e.GetProperty("action").GetString() == "session.patch");
        Assert.Equal("Ada (TA)", edit.GetProperty("editor").GetString());
        Assert.Equal(editor.GetProperty("id").GetString(), edit.GetProperty("editorId").GetString());
        Assert.Equal("operator", edit.GetProperty("note").GetString());
        var added = entries.Single(e => e.GetProperty("action").GetString() == "editor.add");
        Assert.Equal(("operator", JsonValueKind.Null), (added.GetProperty("editor").GetString(), added.GetProperty("editorId").ValueKind));
    }

    [Fact]
    public async Task A_token_on_another_course_is_403_and_leaves_that_course_as_it_was()
    {
        await CreateCourseAsync("other2025");
        var token = (await CreateEditorAsync(Course, "Ada (TA)")).GetProperty("token").GetString()!;

        using var response = await _client.SendAsync(Request(HttpMethod.Put, "/api/courses/other2025",
            """{"title":"Taken over","timeZone":"Europe/Paris"}""", token, ifMatch: "*"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        using var audit = await _client.SendAsync(Request(HttpMethod.Get, "/api/courses/other2025/audit", bearer: token));
        await ProblemAssert.IsProblem(audit, HttpStatusCode.Forbidden);
        Assert.Equal("Other course", (await _client.GetFromJsonAsync<JsonElement>("/api/courses/other2025")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_revoked_unknown_or_forged_token_is_401()
    {
        var editor = await CreateEditorAsync(Course, "Ada (TA)");
        var token = editor.GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await PatchAsync(token));

        var parts = token.Split('.');
        var forgedSecret = $"{parts[0]}.{parts[1]}.{parts[2]}.{new string('A', 43)}";
        var unknownEditor = $"{parts[0]}.{parts[1]}.0123456789abcdef.{parts[3]}";
        var otherCourseClaimed = $"{parts[0]}.other2025.{parts[2]}.{parts[3]}";
        foreach (var bad in new[] { forgedSecret, unknownEditor, otherCourseClaimed, "not-a-token", token + "x" })
            Assert.Equal(HttpStatusCode.Unauthorized, await PatchAsync(bad));

        using var revoke = await _client.SendAsync(Request(HttpMethod.Delete, $"/api/courses/{Course}/editors/{parts[2]}", asOperator: true));
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var revoked = await _client.SendAsync(Request(HttpMethod.Patch, Session, """{"note":"after"}""", token, ifMatch: "*"));
        await ProblemAssert.IsProblem(revoked, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", revoked.Headers.WwwAuthenticate.Single().Scheme);
        using var again = await _client.SendAsync(Request(HttpMethod.Delete, $"/api/courses/{Course}/editors/{parts[2]}", asOperator: true));
        await ProblemAssert.IsProblem(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_editor_cannot_manage_editors_nor_create_a_course()
    {
        var editor = await CreateEditorAsync(Course, "Ada (TA)");
        var token = editor.GetProperty("token").GetString()!;
        var id = editor.GetProperty("id").GetString()!;

        using var create = await _client.SendAsync(Request(HttpMethod.Post, $"/api/courses/{Course}/editors", """{"name":"Mallory"}""", token));
        await ProblemAssert.IsProblem(create, HttpStatusCode.Forbidden);
        using var list = await _client.SendAsync(Request(HttpMethod.Get, $"/api/courses/{Course}/editors", bearer: token));
        await ProblemAssert.IsProblem(list, HttpStatusCode.Forbidden);
        using var revoke = await _client.SendAsync(Request(HttpMethod.Delete, $"/api/courses/{Course}/editors/{id}", bearer: token));
        await ProblemAssert.IsProblem(revoke, HttpStatusCode.Forbidden);
        using var course = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/courses/new2025")
        {
            Content = new StringContent("""{"title":"New","timeZone":"Europe/Paris"}""", Encoding.UTF8, "application/json"),
            Headers = { { "Authorization", "Bearer " + token }, { "If-None-Match", "*" } },
        });
        await ProblemAssert.IsProblem(course, HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, await PatchAsync(token));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name":"  "}""")]
    [InlineData("""{"name":"Ada","role":"admin"}""")]
    [InlineData("[]")]
    public async Task An_editor_needs_a_name_and_nothing_else(string body)
    {
        using var response = await _client.SendAsync(Request(HttpMethod.Post, $"/api/courses/{Course}/editors", body, asOperator: true));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Editors_of_a_course_that_does_not_exist_are_404_and_without_credentials_401()
    {
        using var missing = await _client.SendAsync(Request(HttpMethod.Post, "/api/courses/nope2025/editors", """{"name":"Ada"}""", asOperator: true));
        await ProblemAssert.IsProblem(missing, HttpStatusCode.NotFound);
        using var anonymous = await _client.SendAsync(Request(HttpMethod.Post, $"/api/courses/{Course}/editors", """{"name":"Ada"}"""));
        await ProblemAssert.IsProblem(anonymous, HttpStatusCode.Unauthorized);
        using var badId = await _client.SendAsync(Request(HttpMethod.Delete, $"/api/courses/{Course}/editors/..%2F..", asOperator: true));
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
    }
}
