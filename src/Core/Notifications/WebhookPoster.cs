using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// Posts one signed delivery, within bounds: connections go through <see cref="GuardedConnection"/>, no proxy
/// (which would connect in its place), no redirect followed (a 3xx is a failure: the next hop is not checked by
/// the receiver's owner), a time limit on the whole attempt, and at most <see cref="NotificationsOptions.MaxResponseBytes"/>
/// of the answer read, for the error message.
/// </summary>
public sealed class WebhookPoster : IDisposable
{
    private readonly HttpClient _client;
    private readonly NotificationsOptions _options;

    public WebhookPoster(IOptions<NotificationsOptions> options)
    {
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = new GuardedConnection(_options.AllowPrivateAddresses).ConnectAsync,
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(5, _options.DeliveryTimeoutSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxResponseHeadersLength = 64,
            MaxResponseDrainSize = 0,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("CourseFunctions-Webhooks", "1.0"));
    }

    /// <summary>Null when the receiver answered 2xx; else what went wrong, for the webhook's last error.</summary>
    public async Task<string?> PostAsync(Webhook webhook, string messageId, long timestamp, string body, CancellationToken cancellationToken)
    {
        if (_options.RequireHttps && webhook.Url.Scheme != Uri.UriSchemeHttps) return "Only https URLs are delivered to.";
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(body, new UTF8Encoding(false), "application/json"),
        };
        request.Headers.Add(WebhookSignature.IdHeader, messageId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(webhook.Secret, messageId, timestamp, body));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(_options.DeliveryTimeoutSeconds));
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300) return null;
            if (status is >= 300 and < 400)
                return $"HTTP {status}: redirected to {response.Headers.Location}; redirects are not followed. Register the final URL.";
            return $"HTTP {status}: {await ReadStartAsync(response, deadline.Token)}".TrimEnd(' ', ':');
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"No answer within {_options.DeliveryTimeoutSeconds:0.#} s.";
        }
        catch (HttpRequestException error)
        {
            return Innermost(error).Message;
        }
    }

    /// <summary>The beginning of the answer, as text on one line; the rest is never read.</summary>
    private async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[_options.MaxResponseBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0) filled += read;
        var text = Encoding.UTF8.GetString(buffer, 0, filled).ReplaceLineEndings(" ").Trim();
        return text.Length > 300 ? text[..300] + "…" : text;
    }

    private static Exception Innermost(Exception error) => error.InnerException is { } inner ? Innermost(inner) : error;

    public void Dispose() => _client.Dispose();
}
