using KubeSharp.Storage.Memory;
using KubeSharp.Storage.Tests.Contract;

namespace KubeSharp.Storage.Tests.Memory;

public sealed class MemoryLeaseExpiryContractTests : LeaseExpiryContractTests
{
    protected override Task<IStorage> CreateStorageAsync(StorageOptions options, TimeProvider timeProvider) =>
        Task.FromResult<IStorage>(new MemoryStorage(options, timeProvider));
}
