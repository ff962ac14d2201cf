using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// The connect step of every delivery: resolves the host, keeps the addresses <see cref="AddressPolicy"/> allows,
/// and connects to one of those. Checking the address actually connected to, after DNS resolution, is what makes the
/// check hold against a name that resolves to a private address, or to a different one at delivery than at
/// registration (DNS rebinding). Each connection of a request passes here, so a redirect would too.
/// </summary>
public sealed class GuardedConnection(bool allowPrivateAddresses)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var addresses = await ResolveAsync(host, cancellationToken);
        var allowed = allowPrivateAddresses ? addresses : addresses.Where(AddressPolicy.IsPublic).ToArray();
        if (allowed.Length == 0)
            throw new WebhookAddressRefusedException(
                $"{host} resolves to {string.Join(", ", addresses.Take(4).Select(a => a.ToString()))}: private, loopback, link-local or "
                + "otherwise not public addresses are refused.");

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException error)
            {
                socket.Dispose();
                last = error;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        // A literal address (IPv6 in brackets in a URL) is checked as it is.
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        return await Dns.GetHostAddressesAsync(host, cancellationToken);
    }
}
