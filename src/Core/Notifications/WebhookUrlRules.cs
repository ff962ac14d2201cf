using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// The check of a webhook URL when it is registered, so that a mistake is told at once. Deliveries check the
/// address again when they connect (<see cref="GuardedConnection"/>): DNS may answer differently later.
/// </summary>
public sealed class WebhookUrlRules(IOptions<NotificationsOptions> options)
{
    public const int MaxLength = 2_000;
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Null when the URL may be used, else what is wrong with it.</summary>
    public async Task<string?> ProblemAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return "Give the URL the notices are posted to.";
        if (text.Length > MaxLength) return $"A webhook URL has at most {MaxLength} characters.";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            return "Give an absolute https URL, e.g. https://hooks.slack.com/services/….";
        if (url.Scheme != "https" && options.Value.RequireHttps) return "Only https URLs are accepted.";
        if (url.UserInfo.Length > 0) return "A webhook URL may not carry a user name or password; put a token in its path or query.";
        if (url.Fragment.Length > 0) return "A webhook URL has no fragment (#…).";
        if (options.Value.AllowPrivateAddresses) return null;

        IPAddress[] addresses;
        try
        {
            using var resolving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            resolving.CancelAfter(ResolveTimeout);
            addresses = IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) ? [literal]
                : await Dns.GetHostAddressesAsync(url.IdnHost, resolving.Token);
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"The host {url.Host} could not be resolved.";
        }
        return addresses.Length > 0 && addresses.All(AddressPolicy.IsPublic) ? null
            : $"{url.Host} is a private, loopback or link-local address (or resolves to one); webhooks must reach a public address.";
    }
}
