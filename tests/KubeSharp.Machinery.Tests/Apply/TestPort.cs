using KubeSharp.Api;

namespace KubeSharp.Machinery.Tests.Apply;

public sealed class TestPort : KubeModel
{
    public int ContainerPort { get; set; }

    public string? Protocol { get; set; }
}
