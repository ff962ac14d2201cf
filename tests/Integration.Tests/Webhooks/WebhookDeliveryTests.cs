using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using CourseFunctions.Core.Notifications;

namespace CourseFunctions.Integration.Tests.Webhooks;

/// <summary>
/// The sender against a real receiver: retries with the same webhook-id until the receiver answers, gives up after
/// the last attempt and shows why in the webhook list, disables a webhook whose deliveries keep failing until a PATCH
/// enables it, sets aside a message that keeps coming back (the poison queue), and never reaches a private address
/// unless allowed, not even through a redirect. Deliveries are queued as the dispatcher queues them.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string Key = "deliveries-key";
    private const string Course = "iasd2025";
    private const int MaxAttempts = 3;
    private WebhookReceiver _receiver = null!;
    private readonly List<DevServerHost> _hosts = [];
    private readonly string _webhooksTable = TestStorage.NewTableName();
    private readonly string _queue = "q" + Guid.NewGuid().ToString("N")[..20];

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task<DevServerHost> StartHostAsync(bool allowPrivateAddresses = true, params string[] extraArgs)
    {
        var host = await DevServerHost.StartAsync(null, [
            "--DevServer:EditKey", Key,
            "--Notifications:WebhooksTableName", _webhooksTable,
            "--Notifications:QueueName", _queue,
            "--Notifications:RequireHttps", "false",
            "--Notifications:AllowPrivateAddresses", allowPrivateAddresses ? "true" : "false",
            "--Notifications:MaxAttempts", $"{MaxAttempts}",
            "--Notifications:FirstRetrySeconds", "1",
            "--Notifications:DeliveryTimeoutSeconds", "5",
            "--DevServer:DeliveryPollSeconds", "0.2",
            .. extraArgs]);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Registers through the API, so the receiver learns the secret it is given.</summary>
    private static async Task<string> RegisterAsync(DevServerHost host, WebhookReceiver receiver, Uri? url = null)
    {
        using var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{Course}/webhooks")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { url = (url ?? receiver.Url).AbsoluteUri, format = "standard" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", Key);
        var response = await client.SendAsync(request);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, created.ToString());
        receiver.Secret = created.GetProperty("secret").GetString();
        return created.GetProperty("id").GetString()!;
    }

    private static Task QueueAsync(DevServerHost host, string webhookId, string messageId) =>
        host.App.Services.GetRequiredService<DeliveryQueue>().SendAsync(
            new DeliveryMessage(
                Course, webhookId, messageId, JsonSerializer.Serialize(new { type = "course.schedule.changed", data = new { test = messageId } }), 1),
            TimeSpan.Zero, default);

    private static async Task<JsonElement> WebhookAsync(DevServerHost host, string id)
    {
        using var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{Course}/webhooks");
        request.Headers.Add("x-functions-key", Key);
        var list = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        return list.GetProperty("webhooks").EnumerateArray().Single(w => w.GetProperty("id").GetString() == id);
    }

    private static async Task<JsonElement> WaitForStatusAsync(DevServerHost host, string id, string status, double seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement webhook;
        while ((webhook = await WebhookAsync(host, id)).GetProperty("status").GetString() != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"status still {webhook} after {seconds} s");
            await Task.Delay(200);
        }
        return webhook;
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_delivery_on_the_third_attempt_with_the_same_id_and_a_valid_signature()
    {
        var host = await StartHostAsync();
        var id = await RegisterAsync(host, _receiver);
        _receiver.FailNext(2);
        await QueueAsync(host, id, "msg_retried");

        var delivered = await _receiver.WaitForAsync(204, seconds: 60);
        Assert.Equal([500, 500, 204], _receiver.Received.Select(r => r.Status));
        Assert.All(_receiver.Received, r => Assert.Equal("msg_retried", r.Id));
        Assert.All(_receiver.Received, r => Assert.True(r.Verified, $"signature of {r.Id} at {r.Timestamp} did not verify"));
        Assert.Contains("msg_retried", delivered.Body);
        var webhook = await WaitForStatusAsync(host, id, "delivering", seconds: 30);
        Assert.NotEqual(JsonValueKind.Null, webhook.GetProperty("lastSuccessAt").ValueKind);
    }

    [Fact]
    public async Task A_receiver_that_always_fails_is_tried_a_bounded_number_of_times_then_shown_failed_with_its_last_error()
    {
        var host = await StartHostAsync();
        var id = await RegisterAsync(host, _receiver);
        _receiver.FailNext(int.MaxValue);
        await QueueAsync(host, id, "msg_doomed");

        var webhook = await WaitForStatusAsync(host, id, "failed", seconds: 60);
        Assert.Contains("HTTP 500", webhook.GetProperty("lastError").GetString());
        Assert.Contains("receiver failing on purpose", webhook.GetProperty("lastError").GetString());
        await Task.Delay(TimeSpan.FromSeconds(6)); // longer than the next wait would be: no attempt after the last
        Assert.Equal(MaxAttempts, _receiver.Received.Count);
        Assert.All(_receiver.Received, r => Assert.Equal("msg_doomed", r.Id));
    }

    [Fact]
    public async Task A_webhook_whose_deliveries_keep_failing_is_disabled_sent_nothing_more_and_enabled_again_by_a_patch()
    {
        var host = await StartHostAsync(true, "--Notifications:DisableAfterFailedDeliveries", "2");
        var id = await RegisterAsync(host, _receiver);
        _receiver.FailNext(int.MaxValue);
        await QueueAsync(host, id, "msg_first");
        await QueueAsync(host, id, "msg_second");

        var disabled = await WaitForStatusAsync(host, id, "disabled", seconds: 60);
        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(2, disabled.GetProperty("failedDeliveries").GetInt32());
        Assert.Contains("HTTP 500", disabled.GetProperty("lastError").GetString());
        Assert.NotEqual(JsonValueKind.Null, disabled.GetProperty("lastFailureAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, disabled.GetProperty("disabledAt").ValueKind);
        Assert.Equal(2 * MaxAttempts, _receiver.Received.Count);

        // Disabled: a new delivery is dropped, not attempted.
        await QueueAsync(host, id, "msg_while_disabled");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2 * MaxAttempts, _receiver.Received.Count);

        // An editor enables it again: the count starts over, and the next delivery arrives.
        using var client = host.CreateClient();
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/courses/{Course}/webhooks/{id}")
        {
            Content = new StringContent("""{"disabled":false}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.Add("x-functions-key", Key);
        using var patched = await client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var enabled = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(enabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(0, enabled.GetProperty("failedDeliveries").GetInt32());
        Assert.Equal("failed", enabled.GetProperty("status").GetString());
        _receiver.FailNext(0);
        await QueueAsync(host, id, "msg_after_enabling");
        Assert.Equal("msg_after_enabling", (await _receiver.WaitForAsync(204, seconds: 60)).Id);
        Assert.DoesNotContain(_receiver.Received, r => r.Id == "msg_while_disabled");
    }

    [Fact]
    public async Task A_message_that_keeps_coming_back_is_moved_to_the_poison_queue_and_not_sent()
    {
        // Received as often as the Functions host allows, each time by a reader that died before it was done.
        // Base64, as the app writes and the Functions host reads them.
        var encoding = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var queue = new QueueClient(TestStorage.ConnectionString, _queue, encoding);
        await queue.CreateIfNotExistsAsync();
        var body = new DeliveryMessage(Course, "wh_gone", "msg_poison", "{}", 1).ToJson();
        await queue.SendMessageAsync(body);
        for (var received = 0; received < DeliveryQueue.MaxDequeueCount;)
        {
            if ((await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1))).Value.Length == 1) received++;
            else await Task.Delay(200);
        }

        await StartHostAsync();
        var poison = new QueueClient(TestStorage.ConnectionString, _queue + DeliveryQueue.PoisonSuffix, encoding);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await poison.ExistsAsync()).Value || (await poison.PeekMessagesAsync(10)).Value.Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "nothing reached the poison queue");
            await Task.Delay(200);
        }
        var setAside = Assert.Single((await poison.PeekMessagesAsync(10)).Value);
        Assert.Equal(body, setAside.Body.ToString());
        // Gone from the delivery queue, hidden messages included: set aside, not left to come back.
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty(_receiver.Received);
        await poison.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task A_redirect_is_not_followed_so_it_cannot_lead_to_a_private_address()
    {
        var host = await StartHostAsync();
        await using var inside = await WebhookReceiver.StartAsync();
        var id = await RegisterAsync(host, _receiver);
        _receiver.RedirectTo = inside.Url;
        await QueueAsync(host, id, "msg_redirected");

        var webhook = await WaitForStatusAsync(host, id, "failed", seconds: 60);
        Assert.Contains("redirects are not followed", webhook.GetProperty("lastError").GetString());
        Assert.Equal(MaxAttempts, _receiver.Received.Count);
        Assert.Empty(inside.Received);
    }

    [Fact]
    public async Task A_webhook_whose_name_resolves_to_loopback_is_refused_when_connecting_unless_private_addresses_are_allowed()
    {
        // Stored as if the name had resolved to a public address at registration and to loopback later (DNS rebinding).
        var host = await StartHostAsync(allowPrivateAddresses: false);
        var local = new Uri($"http://localhost:{_receiver.Url.Port}/hook");
        var webhook = await host.App.Services.GetRequiredService<WebhookStore>().AddAsync(Course, local, WebhookFormat.Standard, default);
        await QueueAsync(host, webhook.Id, "msg_private");

        var listed = await WaitForStatusAsync(host, webhook.Id, "failed", seconds: 60);
        Assert.Contains("are refused", listed.GetProperty("lastError").GetString());
        Assert.Empty(_receiver.Received);

        // The same delivery from a server that allows private addresses (the DevServer's own setting) arrives. The
        // refusing server stops first: both read one queue, and it would take the new message and refuse it too.
        _hosts.Remove(host);
        await host.DisposeAsync();
        var allowing = await StartHostAsync(allowPrivateAddresses: true);
        _receiver.Secret = webhook.Secret;
        await QueueAsync(allowing, webhook.Id, "msg_allowed");
        var delivered = await _receiver.WaitForAsync(204, seconds: 60);
        Assert.Equal("msg_allowed", delivered.Id);
        Assert.True(delivered.Verified);
    }
}
