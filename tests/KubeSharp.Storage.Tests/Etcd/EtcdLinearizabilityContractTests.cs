using KubeSharp.Storage.Tests.Contract;

namespace KubeSharp.Storage.Tests.Etcd;

public sealed class EtcdLinearizabilityContractTests : LinearizabilityContractTests
{
    private readonly EtcdBackend _backend = new();

    protected override Task<IStorage> CreateStorageAsync(StorageOptions options, TimeProvider timeProvider) =>
        _backend.OpenAsync(options, timeProvider);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _backend.DisposeAsync();
    }
}
