using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace CourseFunctions.Integration.Tests.Webhooks;

/// <summary>
/// A real HTTP receiver on a loopback port of its own (Kestrel), as a course's chat or server would be: it checks each
/// delivery's signature with the StandardWebhooks library (not the code that signed it), can fail on purpose or
/// redirect, and can be stopped and started again on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly int _port = FreePort();
    private WebApplication? _app;
    private int _failuresLeft;

    /// <summary>Every request received, in order, with what the receiver answered.</summary>
    public ConcurrentQueue<ReceivedDelivery> Received { get; } = new();

    public Uri Url => new($"http://127.0.0.1:{_port}/hook");

    /// <summary>The webhook's secret, set once it is registered; deliveries are checked with it.</summary>
    public string? Secret { get; set; }

    /// <summary>The next this many requests are answered 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>Set to answer every request with a redirect there.</summary>
    public Uri? RedirectTo { get; set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.StartAgainAsync();
        return receiver;
    }

    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{_port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hook", ReceiveAsync);
        await _app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var verified = false;
        if (Secret is not null)
        {
            try
            {
                new StandardWebhook(Secret).Verify(body, request.Headers);
                verified = true;
            }
            catch (Exception)
            {
                verified = false;
            }
        }
        var status = RedirectTo is not null ? StatusCodes.Status307TemporaryRedirect
            : Interlocked.Decrement(ref _failuresLeft) >= 0 ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status204NoContent;
        Received.Enqueue(new ReceivedDelivery(
            request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(), body, verified, status));
        if (status == StatusCodes.Status307TemporaryRedirect) return Results.Redirect(RedirectTo!.AbsoluteUri, permanent: false, preserveMethod: true);
        return status == StatusCodes.Status500InternalServerError ? Results.Text("receiver failing on purpose", statusCode: status) : Results.NoContent();
    }

    /// <summary>Waits until a request answered with <paramref name="status"/> arrived, or fails after <paramref name="seconds"/>.</summary>
    public async Task<ReceivedDelivery> WaitForAsync(int status, double seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (Received.FirstOrDefault(r => r.Status == status) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no request answered {status} within {seconds} s; received: {string.Join(", ", Received.Select(r => r.Status))}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

/// <param name="Verified">The signature matched the secret, and the timestamp was within the library's tolerance.</param>
public sealed record ReceivedDelivery(string Id, string Timestamp, string Body, bool Verified, int Status);
