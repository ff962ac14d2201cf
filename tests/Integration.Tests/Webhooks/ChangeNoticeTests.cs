using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests.Webhooks;

/// <summary>
/// From an edit to a signed notice, through the outbox written with the edit, the dispatcher and the queue:
/// edits of one session within the hold-back make one notice, and a DevServer killed while the receiver is down,
/// with one notice being retried and one still held back, delivers both after it is started again.
/// </summary>
public sealed class ChangeNoticeTests : IAsyncLifetime
{
    private const string Key = "notices-key";
    private const string Course = "iasd2025";
    private WebhookReceiver _receiver = null!;
    private readonly string _coursesTable = TestStorage.NewTableName();
    private readonly string[] _settings;

    public ChangeNoticeTests()
    {
        _settings = [
            "--DevServer:EditKey", Key,
            "--CourseData:TableName", _coursesTable,
            "--CourseData:EditorsTableName", TestStorage.NewTableName(),
            "--Notifications:WebhooksTableName", TestStorage.NewTableName(),
            "--Notifications:QueueName", "q" + Guid.NewGuid().ToString("N")[..20],
            "--Notifications:RequireHttps", "false",
            "--Notifications:AllowPrivateAddresses", "true",
            "--Notifications:HoldBackSeconds", "3",
            "--Notifications:FirstRetrySeconds", "2",
            "--Notifications:DeliveryTimeoutSeconds", "5",
            "--DevServer:DispatchSeconds", "0.5",
            "--DevServer:DeliveryPollSeconds", "0.2",
            "--DevServer:ReconcileSeconds", "60",
            "--Logging:LogLevel:Default", "Warning"];
    }

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("x-functions-key", Key);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return await client.SendAsync(request);
    }

    private async Task RegisterAsync(HttpClient client)
    {
        var response = await SendAsync(client, HttpMethod.Post, $"/api/courses/{Course}/webhooks",
            JsonSerializer.Serialize(new { url = _receiver.Url.AbsoluteUri, format = "standard" }));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToString());
        _receiver.Secret = created.GetProperty("secret").GetString();
    }

    private static async Task PatchAsync(HttpClient client, string date, string patch)
    {
        var response = await SendAsync(client, HttpMethod.Patch, $"/api/courses/{Course}/sessions/{date}", patch, "application/merge-patch+json");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Data(ReceivedDelivery delivery) => JsonDocument.Parse(delivery.Body).RootElement.GetProperty("data");

    [Fact]
    public async Task Two_edits_of_a_session_within_the_hold_back_make_one_signed_notice_of_the_final_state()
    {
        await using var host = await DevServerHost.StartAsync(null, [.. _settings]);
        using var client = host.CreateClient();
        await RegisterAsync(client);
        await PatchAsync(client, "2025-01-17", """{"status":"cancelled","note":"Strike"}""");
        await PatchAsync(client, "2025-01-17", """{"location":"Amphi 12"}""");

        var delivered = await _receiver.WaitForAsync(204, seconds: 60);
        await Task.Delay(TimeSpan.FromSeconds(5)); // past another hold-back and dispatch: nothing more comes
        Assert.Single(_receiver.Received);
        Assert.True(delivered.Verified);
        var data = Data(delivered);
        Assert.Equal("2025-01-17", data.GetProperty("date").GetString());
        var kinds = data.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Contains("cancelled", kinds);
        Assert.Contains("roomChanged", kinds);
        Assert.Contains(data.GetProperty("changes").EnumerateArray(), c => c.GetProperty("summary").GetString() == "Fri 17 Jan: cancelled (Strike)");
        Assert.Equal("cancelled", data.GetProperty("session").GetProperty("status").GetString());
        Assert.Equal("Amphi 12", data.GetProperty("session").GetProperty("location").GetString());
    }

    [Fact]
    public async Task A_devserver_killed_while_the_receiver_is_down_delivers_every_pending_notice_after_restart()
    {
        await _receiver.StopAsync();
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var first = await DevServerProcess.StartAsync(port, _settings);
        try
        {
            await RegisterAsync(client);
            await PatchAsync(client, "2025-01-17", """{"status":"cancelled","note":"Strike"}""");
            // Dispatched and tried: the receiver is down, so the webhook shows the failure and a retry waits in the queue.
            await WaitForStatusAsync(client, "retrying", seconds: 60);
            // Another edit, still held back when the server dies: only its outbox marker exists.
            await PatchAsync(client, "2025-01-24", """{"location":"Amphi 3"}""");
        }
        finally
        {
            first.Kill();
        }

        await _receiver.StartAgainAsync();
        var second = await DevServerProcess.StartAsync(port, _settings);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (_receiver.Received.Count(r => r.Status == 204) < 2)
            {
                Assert.True(DateTime.UtcNow < deadline, $"delivered after restart: {string.Join(", ", _receiver.Received.Select(r => r.Body))}");
                await Task.Delay(200);
            }
            var delivered = _receiver.Received.Where(r => r.Status == 204).ToList();
            Assert.All(delivered, d => Assert.True(d.Verified, $"{d.Id} did not verify"));
            Assert.Equal(["2025-01-17", "2025-01-24"], delivered.Select(d => Data(d).GetProperty("date").GetString()).Order());
            Assert.Equal(2, delivered.Select(d => d.Id).Distinct().Count());
        }
        finally
        {
            second.Kill();
        }
    }

    private static async Task WaitForStatusAsync(HttpClient client, string status, double seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{Course}/webhooks");
            request.Headers.Add("x-functions-key", Key);
            var list = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            var webhook = list.GetProperty("webhooks")[0];
            if (webhook.GetProperty("status").GetString() == status) return;
            Assert.True(DateTime.UtcNow < deadline, $"webhook still {webhook} after {seconds} s");
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The DevServer as a process of its own, so that a test can kill it (SIGKILL: no shutdown, nothing flushed).</summary>
internal sealed class DevServerProcess
{
    private readonly Process _process;

    private DevServerProcess(Process process) => _process = process;

    public static async Task<DevServerProcess> StartAsync(int port, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CourseFunctions.DevServer.dll"));
        foreach (var arg in (string[])["--urls", $"http://127.0.0.1:{port}", "--CourseStorage", TestStorage.ConnectionString, .. settings])
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        // Wide: on a loaded machine the process takes long to start and import the sample, which is not what the test measures.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            Assert.False(process.HasExited, "the DevServer process exited at start");
            try
            {
                if ((await client.GetAsync("/api/courses/iasd2025")).StatusCode == HttpStatusCode.OK) return new DevServerProcess(process);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the DevServer process did not serve the sample course within 120 s");
            }
            await Task.Delay(200);
        }
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(15_000);
        _process.Dispose();
    }
}
