using System.Net;
using System.Net.Sockets;

namespace Kronika.Ingest.Fetching;

/// <summary>
/// Which addresses a fetch may connect to: public unicast only. Loopback, private (RFC 1918, IPv6 unique
/// local), link-local, carrier-grade NAT, unspecified, multicast and broadcast addresses are refused, so that
/// a feed cannot make Kronika reach the machine it runs on or its network (server-side request forgery).
/// </summary>
public static class NetworkAddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicIPv6(address),
            _ => false,
        };
    }

    private static bool IsPublicIPv4(byte[] b) => !(
        b[0] == 0                                   // "this" network
        || b[0] == 10                               // private
        || b[0] == 127                              // loopback
        || (b[0] == 100 && (b[1] & 0xC0) == 64)     // carrier-grade NAT 100.64/10
        || (b[0] == 169 && b[1] == 254)             // link-local
        || (b[0] == 172 && (b[1] & 0xF0) == 16)     // private 172.16/12
        || (b[0] == 192 && b[1] == 168)             // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // IETF protocol assignments
        || (b[0] == 198 && (b[1] & 0xFE) == 18)     // benchmarking 198.18/15
        || b[0] >= 224);                            // multicast, reserved, broadcast

    private static bool IsPublicIPv6(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        byte[] b = address.GetAddressBytes();
        bool ipv4Compatible = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;  // ::a.b.c.d (deprecated)
        bool nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B; // 64:ff9b::/96 embeds an IPv4 address
        return ipv4Compatible || nat64 ? IsPublicIPv4(b[12..]) : !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8); // 2001:db8::/32 documentation
    }
}
