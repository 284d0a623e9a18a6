using System.Text;
using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime.Tests.Images;

public sealed class DockerKeyringTests
{
    // Cases from the kubelet's keyring_test.go behaviour: host and path prefixes, globbed host labels,
    // ports, the /v1/ suffix, and the DockerHub fallback.
    [Theory]
    [InlineData("registry.example.com", "registry.example.com/team/app", true)]
    [InlineData("https://registry.example.com/v1/", "registry.example.com/team/app", true)]
    [InlineData("http://registry.example.com/v2/", "registry.example.com/team/app", true)]
    [InlineData("registry.example.com/team", "registry.example.com/team/app", true)]
    [InlineData("registry.example.com/team", "registry.example.com/other/app", false)]
    [InlineData("*.example.com", "registry.example.com/app", true)]
    [InlineData("*.example.com", "example.com/app", false)]
    [InlineData("*.example.com", "a.b.example.com/app", false)]
    [InlineData("registry.example.com:5000", "registry.example.com:5000/app", true)]
    [InlineData("registry.example.com:5000", "registry.example.com/app", false)]
    [InlineData("registry.example.com", "registry.example.com:5000/app", false)]
    [InlineData("other.example.com", "registry.example.com/app", false)]
    [InlineData("https://index.docker.io/v1/", "library/busybox", true)]
    [InlineData("https://index.docker.io/v1/", "docker.io/library/busybox", true)]
    [InlineData("https://index.docker.io/v1/", "someone/app", true)]
    [InlineData("https://index.docker.io/v1/", "quay.io/someone/app", false)]
    public void Lookup_Location_MatchesAsTheKubelet(string location, string image, bool expected)
    {
        var keyring = new DockerKeyring();
        keyring.AddDockerConfigJson(Encoding.UTF8.GetBytes($$"""{ "auths":{ "{{location}}":{ "username":"u","password":"p" } } }"""));

        var found = keyring.Lookup(image);

        Assert.Equal(expected, found.Count == 1);
    }

    [Fact]
    public void Lookup_OverlappingKeys_MostSpecificFirst()
    {
        var keyring = new DockerKeyring();
        keyring.AddDockerConfigJson("""{"auths":{"quay.io":{"username":"host","password":"1"},"quay.io/coreos":{"username":"path","password":"2"}}}"""u8);

        var found = keyring.Lookup("quay.io/coreos/etcd");

        Assert.Equal(["path", "host"], found.Select(a => a.Username));
    }

    [Fact]
    public void AddDockerConfigJson_AuthField_OverridesUsernameAndPassword()
    {
        var keyring = new DockerKeyring();
        var auth = Convert.ToBase64String("alice:pa:ss"u8.ToArray());
        keyring.AddDockerConfigJson(Encoding.UTF8.GetBytes($$"""{ "auths":{ "r.example.com":{ "username":"ignored","password":"ignored","auth":"{{auth}}" } } }"""));

        var found = Assert.Single(keyring.Lookup("r.example.com/app"));

        Assert.Equal("alice", found.Username);
        Assert.Equal("pa:ss", found.Password);
        Assert.Equal("r.example.com", found.ServerAddress);
    }

    [Fact]
    public void AddDockercfg_BareMap_IsAccepted()
    {
        var keyring = new DockerKeyring();
        keyring.AddDockercfg("""{"r.example.com":{"username":"bob","password":"x"}}"""u8);

        Assert.Equal("bob", Assert.Single(keyring.Lookup("r.example.com/app")).Username);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"r.example.com":{}}""")]
    [InlineData("""{"auths":{"r.example.com":{"auth":"!!!"}}}""")]
    [InlineData("""{"auths":{"r.example.com":{"auth":"bm9jb2xvbg=="}}}""")]
    public void AddDockerConfigJson_Malformed_InvalidArgument(string json)
    {
        var keyring = new DockerKeyring();

        var error = Assert.Throws<RuntimeException>(() => keyring.AddDockerConfigJson(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(RuntimeErrorCode.InvalidArgument, error.Code);
    }
}
