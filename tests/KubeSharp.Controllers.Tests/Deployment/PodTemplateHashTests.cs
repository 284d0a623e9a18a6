using static KubeSharp.Controllers.Tests.Fakes.Objects;

namespace KubeSharp.Controllers.Tests.Deployment;

public sealed class PodTemplateHashTests
{
    [Fact]
    public void ComputeHash_SameTemplate_IsStableAndUsesTheSafeAlphabet()
    {
        var hash = PodTemplateHash.ComputeHash(Template(Labels("app", "web")), null);

        Assert.Equal(hash, PodTemplateHash.ComputeHash(Template(Labels("app", "web")), null));
        Assert.All(hash, c => Assert.Contains(c, "bcdfghjklmnpqrstvwxz2456789"));
        Assert.NotEqual(hash, PodTemplateHash.ComputeHash(Template(Labels("app", "web"), image: "other"), null));
        Assert.NotEqual(hash, PodTemplateHash.ComputeHash(Template(Labels("app", "web")), 1));
    }

    [Fact]
    public void EqualIgnoreHash_DiffersOnlyInHashLabelOrLabelOrder_IsEqual()
    {
        var a = Template(Labels("app", "web", "tier", "front"));
        var b = Template(Labels("tier", "front", "app", "web", PodTemplateHash.DefaultDeploymentUniqueLabelKey, "abc"));
        b.Spec.Volumes = [];

        Assert.True(PodTemplateHash.EqualIgnoreHash(a, b));
        b.Spec.Containers[0].Image = "other";
        Assert.False(PodTemplateHash.EqualIgnoreHash(a, b));
    }
}
