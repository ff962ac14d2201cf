using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// DELETE /api/courses/{courseId} on a DevServer and Azurite: only the operator may, and then the course's sessions, slides,
/// search pages, import snapshot, editors and webhooks are gone, its audit and change rows stay with the removal's own,
/// and every read is 404.
/// </summary>
public sealed class CourseRemovalTests : IAsyncLifetime
{
    private const string OperatorKey = "removal-operator-key";
    private const string Course = "iasd2025";
    private const string MaterialId = "0123456789abcdef";
    private readonly string _pagesTable = TestStorage.NewTableName();
    private readonly string _editorsTable = TestStorage.NewTableName();
    private readonly string _webhooksTable = TestStorage.NewTableName();
    private readonly string _container = "slides" + Guid.NewGuid().ToString("N")[..12];
    private DevServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", OperatorKey,
            "--CourseData:PagesTableName", _pagesTable, "--CourseData:EditorsTableName", _editorsTable,
            "--Notifications:WebhooksTableName", _webhooksTable, "--Slides:ContainerName", _container,
            // The reconciler would index the test's file meanwhile; the removal's order is what this test is about.
            "--DevServer:ReconcileSeconds", "3600");
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<HttpStatusCode> DeleteAsync(string? ifMatch, string? key = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/courses/{Course}");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (key is not null) request.Headers.Add("x-functions-key", key);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await _client.SendAsync(request);
        if (!response.IsSuccessStatusCode) Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return response.StatusCode;
    }

    /// <summary>What the course has besides its imported sessions: an editor, a webhook, a slide file and its search page.</summary>
    private async Task<string> FurnishAsync()
    {
        using var add = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{Course}/editors") { Content = JsonContent.Create(new { name = "Ada (TA)" }) };
        add.Headers.Add("x-functions-key", OperatorKey);
        using var added = await _client.SendAsync(add);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var token = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        var webhooks = _host.App.Services.GetRequiredService<WebhookStore>();
        await webhooks.AddAsync(Course, new Uri("https://hooks.example.edu/course"), WebhookFormat.Standard, default);
        var container = _host.App.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(_container);
        await container.CreateIfNotExistsAsync();
        await container.UploadBlobAsync($"{Course}/week1.pdf", BinaryData.FromString("%PDF-1.4 not read in this test"));
        var pages = _host.App.Services.GetRequiredService<IMaterialStore>().WritePages(Course, MaterialId);
        await pages.AddAsync(new SlidePage(MaterialId, 1, "Gradient descent"), default);
        await pages.CompleteAsync(1, default);
        return token;
    }

    private static async Task<List<TableEntity>> RowsAsync(string table, string partition) =>
        await new TableClient(TestStorage.ConnectionString, table).QueryAsync<TableEntity>(e => e.PartitionKey == partition).ToListAsync();

    [Fact]
    public async Task Only_the_operator_removes_a_course_and_then_only_its_audit_and_changes_remain()
    {
        var token = await FurnishAsync();
        Assert.Contains(await RowsAsync(_host.TableName, Course), row => row.RowKey.StartsWith("~imported|"));
        using (var read = await _client.GetAsync($"/api/courses/{Course}/schedule")) Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await DeleteAsync("*"));
        Assert.Equal(HttpStatusCode.Forbidden, await DeleteAsync("*", bearer: token));
        Assert.Equal(HttpStatusCode.PreconditionRequired, await DeleteAsync(null, OperatorKey));
        Assert.Equal(HttpStatusCode.PreconditionFailed, await DeleteAsync("\"c3RhbGU\"", OperatorKey));
        using (var course = await _client.GetAsync($"/api/courses/{Course}"))
            Assert.Equal(HttpStatusCode.NoContent, await DeleteAsync(course.Headers.ETag!.Tag, OperatorKey));

        foreach (var path in new[] { "", "/schedule", "/calendar.ics", "/sessions/2025-01-10/event.ics", "/sessions/2025-01-10", "/materials", "/changes" })
        {
            using var response = await _client.GetAsync($"/api/courses/{Course}{path}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/courses");
        Assert.DoesNotContain(list.GetProperty("courses").EnumerateArray(), c => c.GetProperty("id").GetString() == Course);
        Assert.Equal(0, _host.App.Services.GetRequiredService<CourseReadModel>().Footprint().Courses);

        var rows = await RowsAsync(_host.TableName, Course);
        Assert.All(rows, row => Assert.True(row.RowKey.StartsWith("~audit|") || row.RowKey.StartsWith("~change|"), row.RowKey));
        Assert.Contains(rows, row => row.RowKey.StartsWith("~audit|") && row.GetString("Action") == "course.delete" && row.GetString("Actor") == "operator");
        Assert.Contains(rows, row => row.RowKey.StartsWith("~change|") && row.GetString("Kind") == "CourseRemoved");
        Assert.Contains(rows, row => row.RowKey.StartsWith("~audit|") && row.GetString("Action") == "editor.add"); // the older entries stay
        Assert.Empty(await RowsAsync(_pagesTable, Course));
        Assert.Empty(await RowsAsync(_editorsTable, Course));
        Assert.Empty(await RowsAsync(_webhooksTable, Course));
        var blobs = _host.App.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(_container);
        Assert.Empty(await blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, Course + "/", default).ToListAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, await DeleteAsync("*", bearer: token)); // its editors went with it
        Assert.Equal(HttpStatusCode.NotFound, await DeleteAsync("*", OperatorKey));
    }
}
