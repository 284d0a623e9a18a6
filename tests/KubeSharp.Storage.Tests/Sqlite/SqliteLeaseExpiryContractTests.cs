using KubeSharp.Storage.Tests.Contract;

namespace KubeSharp.Storage.Tests.Sqlite;

public sealed class SqliteLeaseExpiryContractTests : LeaseExpiryContractTests
{
    private readonly SqliteBackend _backend = new();

    protected override Task<IStorage> CreateStorageAsync(StorageOptions options, TimeProvider timeProvider) =>
        Task.FromResult<IStorage>(_backend.Open(options, timeProvider));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _backend.Dispose();
    }
}
