using KubeSharp.Storage.Etcd;
using KubeSharp.Testing.Etcd;

namespace KubeSharp.Storage.Tests.Etcd;

/// <summary>
/// A fresh real etcd per test (so revisions and compaction start from scratch, as the contract suite expects),
/// and an <see cref="EtcdStorage"/> on it. The process is killed and its data removed on dispose.
/// </summary>
public sealed class EtcdBackend : IAsyncDisposable
{
    private EtcdProcess? _etcd;

    public async Task<IStorage> OpenAsync(StorageOptions options, TimeProvider timeProvider)
    {
        var directory = Directory.CreateTempSubdirectory("kubesharp-etcd-").FullName;
        _etcd = await EtcdProcess.StartAsync(Path.Combine(directory, "data"));
        return new EtcdStorage([_etcd.ClientUrl], options, timeProvider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_etcd is not null)
        {
            await _etcd.DisposeAsync();
        }
    }
}
