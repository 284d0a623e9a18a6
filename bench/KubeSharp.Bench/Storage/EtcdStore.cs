using System.Text;

namespace KubeSharp.Bench.Storage;

/// <summary>Real etcd over its gRPC API on loopback.</summary>
internal sealed class EtcdStore(EtcdGrpcClient client) : StoreUnderTest
{
    public override string Name => "etcd 3.4 (gRPC)";

    public override Task PutAsync(string key, byte[] value) => client.PutAsync(Encoding.UTF8.GetBytes(key), value);

    public override Task<int> RangeAsync(string prefix) => client.RangeAsync(Encoding.UTF8.GetBytes(prefix));

    public override Task<Task> WatchAsync(string prefix, Action<ReadOnlyMemory<byte>> onValue, CancellationToken cancellationToken) =>
        client.WatchAsync(Encoding.UTF8.GetBytes(prefix), onValue, cancellationToken);
}
