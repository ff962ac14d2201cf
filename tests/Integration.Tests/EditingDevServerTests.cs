using System.Text;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// For test classes that edit the sample course through the API: each test gets a DevServer of its own (its own table,
/// the sample seeded) with an operator key, since every test changes the course.
/// </summary>
public abstract class EditingDevServerTests : IAsyncLifetime
{
    protected const string Key = "test-edit-key";

    protected DevServerHost Host { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", Key);
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>An edit with the operator key, made from the version in <paramref name="ifMatch"/> ("*": whatever is current).</summary>
    protected Task<HttpResponseMessage> SendEditAsync(HttpMethod method, string path, string body,
        string contentType = "application/merge-patch+json", string ifMatch = "*")
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        request.Headers.Add("x-functions-key", Key);
        return Client.SendAsync(request);
    }
}
