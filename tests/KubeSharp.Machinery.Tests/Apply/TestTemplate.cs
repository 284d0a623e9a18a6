using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Machinery.Tests.Apply;

public sealed class TestTemplate : KubeModel
{
    public ObjectMeta Metadata { get; set; } = new();

    public TestPodSpec Spec { get; set; } = new();
}
