using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Tests.Validation;

public class FormatsTests
{
    private const string SubdomainRule = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private const string LabelRule = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private const string Dns1035Rule = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    [Theory]
    [InlineData("a", "")]
    [InlineData("a.b.c", "")]
    [InlineData("1-2", "")]
    [InlineData("Foo", SubdomainRule)]
    [InlineData("a_b", SubdomainRule)]
    [InlineData("-a", SubdomainRule)]
    [InlineData("a.", SubdomainRule)]
    [InlineData("a\n", SubdomainRule)]
    public void IsDNS1123Subdomain_ReturnsUpstreamMessages(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", Formats.IsDNS1123Subdomain(value)));
    }

    [Theory]
    [InlineData("abc", "")]
    [InlineData("a.b", "must not contain dots")]
    [InlineData("A", LabelRule)]
    public void IsDNS1123Label_ReturnsUpstreamMessages(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", Formats.IsDNS1123Label(value)));
    }

    [Fact]
    public void IsDNS1123Label_TooLong_ReportsLengthAndStaysValidOtherwise()
    {
        Assert.Equal(["must be no more than 63 characters"], Formats.IsDNS1123Label(new string('a', 64)));
    }

    [Theory]
    [InlineData("my-svc", "")]
    [InlineData("1svc", Dns1035Rule)]
    public void IsDNS1035Label_ReturnsUpstreamMessages(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", Formats.IsDNS1035Label(value)));
    }

    [Theory]
    [InlineData("http", "")]
    [InlineData("web-8080", "")]
    [InlineData("8080", "must contain at least one letter (a-z)")]
    [InlineData("a--b", "must not contain consecutive hyphens")]
    [InlineData("-ab", "must not begin or end with a hyphen")]
    [InlineData("Http", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("abcdefghijklmnop", "must be no more than 15 characters")]
    public void IsValidPortName_ReturnsUpstreamMessages(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", Formats.IsValidPortName(value)));
    }

    [Theory]
    [InlineData("key.name", "")]
    [InlineData("..", "must not be '..'")]
    [InlineData("..a", "must not start with '..'")]
    [InlineData("a b", "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')")]
    public void IsConfigMapKey_ReturnsUpstreamMessages(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", Formats.IsConfigMapKey(value)));
    }

    [Theory]
    [InlineData(0, "must be between 1 and 65535, inclusive")]
    [InlineData(1, "")]
    [InlineData(65535, "")]
    [InlineData(65536, "must be between 1 and 65535, inclusive")]
    public void IsValidPortNum_ReturnsUpstreamMessages(int port, string expected)
    {
        Assert.Equal(expected, string.Join("; ", Formats.IsValidPortNum(port)));
    }
}
