namespace KubeSharp.E2E.Tests.Kubelet;

/// <summary>The tests that share one server with a real node (see <see cref="KubeletClusterFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class KubeletCollection : ICollectionFixture<KubeletClusterFixture>
{
    public const string Name = "kubelet";
}
