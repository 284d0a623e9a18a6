using System.Text;

namespace KubeSharp.Storage.Tests.Etcd;

/// <summary>
/// Lease expiry on etcd, whose lessor runs on its own clock (the virtual-time contract cases cannot drive it):
/// the same promises as <see cref="Contract.LeaseExpiryContractTests"/> with etcd's shortest TTL, waited for in
/// real time without asserting how long anything took.
/// </summary>
public sealed class EtcdLeaseExpiryTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly EtcdBackend _backend = new();
    private IStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await _backend.OpenAsync(new StorageOptions { CompactionInterval = TimeSpan.Zero }, TimeProvider.System);

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task Lease_Expiring_DeletesItsKeysWithDeleteEvents()
    {
        var lease = await _storage.GrantLeaseAsync(TimeSpan.FromSeconds(2));
        var start = await _storage.GetCurrentRevisionAsync() + 1;
        await _storage.CreateAsync("/events/a", Bytes("a"), lease);
        await _storage.CreateAsync("/events/b", Bytes("b"), lease);
        await _storage.CreateAsync("/events/keep", Bytes("no lease"));
        await using var watch = _storage.WatchAsync(new WatchOptions("/events/") { Prefix = true, StartRevision = start, PrevKv = true }).GetAsyncEnumerator();

        var events = await TakeEventsAsync(watch, 5);

        var deletes = events.Skip(3).ToList();
        Assert.All(deletes, e => Assert.Equal(WatchEventType.Delete, e.Type));
        Assert.Equal(["/events/a", "/events/b"], deletes.Select(e => e.Kv.Key).Order());
        Assert.All(deletes, e => Assert.NotNull(e.PrevKv));
        Assert.Null(await _storage.GetAsync("/events/a"));
        Assert.NotNull(await _storage.GetAsync("/events/keep"));
        Assert.Null(await _storage.GetLeaseAsync(lease));
    }

    [Fact]
    public async Task KeepAlive_RenewsTheFullTtlAndListsKeys()
    {
        var lease = await _storage.GrantLeaseAsync(TimeSpan.FromSeconds(30));
        await _storage.PutAsync("/kept", Bytes("x"), lease);

        Assert.Equal(TimeSpan.FromSeconds(30), await _storage.KeepAliveLeaseAsync(lease));

        var status = await _storage.GetLeaseAsync(lease);
        Assert.NotNull(status);
        Assert.Equal(TimeSpan.FromSeconds(30), status.GrantedTtl);
        Assert.InRange(status.RemainingTtl, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal(["/kept"], status.Keys);
    }

    [Fact]
    public async Task Put_WithoutLease_DetachesTheKeyFromItsLease()
    {
        var lease = await _storage.GrantLeaseAsync(TimeSpan.FromSeconds(2));
        var kv = await _storage.PutAsync("/k", Bytes("leased"), lease);
        await _storage.UpdateAsync("/k", Bytes("permanent"), kv.ModRevision);

        using var patience = new CancellationTokenSource(Patience);
        while (await _storage.GetLeaseAsync(lease) is not null)
        {
            await Task.Delay(100, patience.Token);
        }

        Assert.Equal("permanent", Encoding.UTF8.GetString((await _storage.GetAsync("/k"))!.Value.Span));
    }

    [Fact]
    public async Task KeepAlive_ExpiredLease_ThrowsLeaseNotFound()
    {
        await Assert.ThrowsAsync<LeaseNotFoundException>(() => _storage.KeepAliveLeaseAsync(987654321));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static async Task<List<WatchEvent>> TakeEventsAsync(IAsyncEnumerator<WatchResponse> watch, int count)
    {
        var events = new List<WatchEvent>();
        while (events.Count < count)
        {
            Assert.True(await watch.MoveNextAsync().AsTask().WaitAsync(Patience), "watch ended early");
            events.AddRange(watch.Current.Events);
        }

        return events;
    }
}
