using KubeSharp.Kubelet.Simulated;

namespace KubeSharp.Kubelet.Tests.Simulated;

public sealed class Ipv4CidrTests
{
    [Theory]
    [InlineData("10.128.0.0/9", 24, 0, "10.128.0.0/24")]
    [InlineData("10.128.0.0/9", 24, 1, "10.128.1.0/24")]
    [InlineData("10.128.0.0/9", 24, 256, "10.129.0.0/24")]
    [InlineData("10.128.0.0/9", 24, 32767, "10.255.255.0/24")]
    [InlineData("192.168.0.0/16", 25, 3, "192.168.1.128/25")]
    public void Subnet_Index_IsTheIndexthBlock(string range, int prefix, long index, string expected) =>
        Assert.Equal(expected, Ipv4Cidr.Parse(range).Subnet(prefix, index).ToString());

    [Theory]
    [InlineData("10.127.0.0/16", 1, "10.127.0.1")]
    [InlineData("10.127.0.0/16", 256, "10.127.1.0")]
    [InlineData("10.1.2.3/24", 5, "10.1.2.5")]
    public void Address_Offset_CountsFromTheNetworkAddress(string range, long offset, string expected) =>
        Assert.Equal(expected, Ipv4Cidr.Parse(range).Address(offset).ToString());

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/33")]
    [InlineData("fd00::/8")]
    [InlineData("ten/8")]
    public void Parse_NotAnIpv4Cidr_Throws(string text) =>
        Assert.Throws<ArgumentException>(() => Ipv4Cidr.Parse(text));

    [Fact]
    public void Subnet_PastTheEnd_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ipv4Cidr.Parse("10.0.0.0/23").Subnet(24, 2));
}
