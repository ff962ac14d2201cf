using System.Net;
using System.Net.Sockets;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// Which addresses a webhook may reach: public unicast ones. A webhook URL is the caller's choice, so without this
/// check it could make the server call its own loopback, the private network, or the cloud's metadata service
/// (169.254.169.254), and report what they answered (server-side request forgery).
/// </summary>
public static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                   // "this network", 0.0.0.0 included
        || b[0] == 10                               // private
        || b[0] == 127                              // loopback
        || (b[0] == 100 && (b[1] & 0xC0) == 64)     // shared address space (carrier-grade NAT)
        || (b[0] == 169 && b[1] == 254)             // link-local, the cloud metadata service included
        || (b[0] == 172 && (b[1] & 0xF0) == 16)     // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // IETF protocol assignments
        || (b[0] == 192 && b[1] == 168)             // private
        || (b[0] == 198 && (b[1] & 0xFE) == 18)     // benchmarking
        || b[0] >= 224);                            // multicast, reserved and broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
        var b = address.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address that decides.
        if (b[..12].All(x => x == 0)) return IsPublicV4(b[12..]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].All(x => x == 0)) return IsPublicV4(b[12..]);
        // 6to4 (2002:a.b.c.d::) embeds the IPv4 address of its relay.
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublicV4(b[2..6]);
        // Documentation prefix 2001:db8::/32.
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return false;
        return true;
    }
}
