using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CourseFunctions.Integration.Tests;

/// <summary>A DevServer with the sample course, its own slides container, and a fast reconcile loop.</summary>
public sealed class SlideServer : IAsyncLifetime
{
    public const int MaxBytes = 300_000;

    public DevServerHost Host { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public BlobContainerClient Container { get; private set; } = null!;

    /// <summary>More DevServer settings, as command-line pairs (e.g. a CORS origin for a browser test's course site).</summary>
    public string[] ExtraArgs { get; init; } = [];

    public async Task InitializeAsync()
    {
        var container = "slides" + Guid.NewGuid().ToString("N")[..12];
        Host = await DevServerHost.StartAsync(null, [
            "--Slides:ContainerName", container,
            "--Slides:MaxBytes", MaxBytes.ToString(),
            "--CourseData:PagesTableName", TestStorage.NewTableName(),
            "--DevServer:ReconcileSeconds", "0.2",
            .. ExtraArgs]);
        Client = Host.CreateClient();
        Container = new BlobServiceClient(TestStorage.ConnectionString).GetBlobContainerClient(container);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Container.DeleteIfExistsAsync();
    }

    public Task UploadAsync(string name, byte[] content, IDictionary<string, string>? metadata = null) =>
        Container.GetBlobClient(name).UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = metadata });

    /// <summary>Uploads a deck as the instructor would and waits until it is indexed and ready.</summary>
    public async Task UploadAndWaitUntilReadyAsync(string name, byte[] content)
    {
        await UploadAsync(name, content);
        var fileName = name[(name.LastIndexOf('/') + 1)..];
        await WaitForMaterialsAsync(list => ByFile(list, fileName)?.GetProperty("status").GetString() == "ready");
    }

    /// <summary>Polls the materials list until <paramref name="done"/> holds, as an instructor refreshing the page would.</summary>
    public async Task<List<JsonElement>> WaitForMaterialsAsync(Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var list = (await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/materials")).GetProperty("materials").EnumerateArray().ToList();
            if (done(list)) return list;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("materials never reached the expected state: " + JsonSerializer.Serialize(list));
            await Task.Delay(100);
        }
    }

    public static JsonElement? ByFile(List<JsonElement> materials, string fileName) =>
        materials.Cast<JsonElement?>().FirstOrDefault(m => m!.Value.GetProperty("fileName").GetString() == fileName);
}
