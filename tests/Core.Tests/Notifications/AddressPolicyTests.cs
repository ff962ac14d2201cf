using System.Net;
using CourseFunctions.Core.Notifications;

namespace CourseFunctions.Core.Tests.Notifications;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] // the cloud metadata service
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]   // IPv4-mapped loopback
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]        // IPv4-compatible
    [InlineData("64:ff9b::a00:1")]     // NAT64 of 10.0.0.1
    [InlineData("2002:a00:1::1")]      // 6to4 of 10.0.0.1
    [InlineData("2001:db8::1")]
    public void Refuses_addresses_that_are_not_public(string address) =>
        Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("64:ff9b::808:808")]   // NAT64 of 8.8.8.8
    public void Allows_public_unicast_addresses(string address) =>
        Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)), address);
}
