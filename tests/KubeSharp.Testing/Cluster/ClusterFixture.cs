using Xunit;

namespace KubeSharp.Testing.Cluster;

/// <summary>
/// One running <see cref="ClusterProcess"/> shared by every test of an xunit collection
/// (<c>ICollectionFixture&lt;ClusterFixture&gt;</c>): start-up is paid once, tests isolate themselves in
/// namespaces of their own.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private ClusterProcess? _cluster;

    public ClusterProcess Cluster => _cluster ?? throw new InvalidOperationException("the cluster has not started");

    public async Task InitializeAsync() => _cluster = await ClusterProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
