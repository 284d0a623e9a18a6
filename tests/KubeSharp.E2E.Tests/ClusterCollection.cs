using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests;

/// <summary>The tests that share one running server (see <see cref="ClusterFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
