using KubeSharp.Api;

namespace KubeSharp.Machinery.Tests.Apply;

public sealed class TestDeploymentSpec : KubeModel
{
    public int? Replicas { get; set; }

    public TestSelector? Selector { get; set; }

    public TestTemplate Template { get; set; } = new();
}
