using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime.Tests.Images;

public class PlatformMatcherTests
{
    private static OciDescriptor Entry(string digest, string os, string arch, string? variant = null) =>
        new() { Digest = digest, MediaType = MediaTypes.OciManifest, Platform = new OciPlatform { Os = os, Architecture = arch, Variant = variant } };

    [Fact]
    public void Select_SkipsUnknownAndPicksFirstMatch()
    {
        OciDescriptor[] manifests =
        [
            Entry("attestation", "unknown", "unknown"),
            Entry("arm", "linux", "arm", "v7"),
            Entry("amd64-first", "linux", "x86_64"),
            Entry("amd64-second", "linux", "amd64"),
        ];

        Assert.Equal("amd64-first", PlatformMatcher.Select(manifests, new OciPlatform { Os = "linux", Architecture = "amd64" })?.Digest);
        Assert.Equal("arm", PlatformMatcher.Select(manifests, new OciPlatform { Os = "linux", Architecture = "armhf" })?.Digest);
    }

    [Fact]
    public void Select_Arm64Host_FallsBackToArmV7()
    {
        OciDescriptor[] manifests = [Entry("amd", "linux", "amd64"), Entry("arm", "linux", "arm", "v7")];

        Assert.Equal("arm", PlatformMatcher.Select(manifests, new OciPlatform { Os = "linux", Architecture = "aarch64" })?.Digest);
    }

    [Fact]
    public void Select_NoMatch_ReturnsNull() =>
        Assert.Null(PlatformMatcher.Select([Entry("win", "windows", "amd64")], new OciPlatform { Os = "linux", Architecture = "amd64" }));
}
