using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime.Tests.Images;

public class DigestsTests
{
    [Fact]
    public void ChainIds_ThreeLayers_FollowsImageSpecFormula()
    {
        var a = Digests.Sha256("a");
        var b = Digests.Sha256("b");
        var c = Digests.Sha256("c");

        var chain = Digests.ChainIds([a, b, c]);

        Assert.Equal(a, chain[0]);
        Assert.Equal(Digests.Sha256($"{a} {b}"), chain[1]);
        Assert.Equal(Digests.Sha256($"{chain[1]} {c}"), chain[2]);
    }

    [Theory]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    [InlineData("sha512:0123", false)]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    public void IsValidSha256_Variants(string digest, bool valid) => Assert.Equal(valid, Digests.IsValidSha256(digest));
}
