using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime.Tests.Images;

public class ImageReferenceTests
{
    [Theory]
    [InlineData("busybox", "docker.io", "library/busybox", "latest", null)]
    [InlineData("busybox:1.36", "docker.io", "library/busybox", "1.36", null)]
    [InlineData("user/app", "docker.io", "user/app", "latest", null)]
    [InlineData("index.docker.io/library/nginx:1", "docker.io", "library/nginx", "1", null)]
    [InlineData("localhost/app", "localhost", "app", "latest", null)]
    [InlineData("localhost:5000/a/b:v2", "localhost:5000", "a/b", "v2", null)]
    [InlineData("127.0.0.1:5000/busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "127.0.0.1:5000", "busybox", null, "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("registry.example.com/a/b-c__d.e:tag_1", "registry.example.com", "a/b-c__d.e", "tag_1", null)]
    [InlineData("Registry.Example.com/app", "Registry.Example.com", "app", "latest", null)]
    public void Parse_ValidReference_Normalises(string input, string domain, string path, string? tag, string? digest)
    {
        var reference = ImageReference.Parse(input);

        Assert.Equal(domain, reference.Domain);
        Assert.Equal(path, reference.Path);
        Assert.Equal(tag, reference.Tag);
        Assert.Equal(digest, reference.Digest);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Busybox", "must be lowercase")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "64-byte hexadecimal")]
    [InlineData("busybox:", "invalid reference format")]
    [InlineData("a//b", "invalid reference format")]
    [InlineData("busybox@sha256:abc", "invalid reference format")]
    public void TryParse_InvalidReference_ExplainsWhy(string input, string expected)
    {
        Assert.False(ImageReference.TryParse(input, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidReference_ThrowsInvalidArgument()
    {
        var error = Assert.Throws<RuntimeException>(() => ImageReference.Parse("UPPER"));
        Assert.Equal(RuntimeErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public void ManifestReference_TagAndDigest_PrefersDigest()
    {
        var digest = "sha256:" + new string('a', 64);
        var reference = ImageReference.Parse($"example.com/app:1@{digest}");

        Assert.Equal(digest, reference.ManifestReference);
        Assert.Equal($"example.com/app@{digest}", reference.WithDigest(digest));
    }
}
