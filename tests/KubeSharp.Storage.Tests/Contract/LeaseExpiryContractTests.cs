namespace KubeSharp.Storage.Tests.Contract;

/// <summary>
/// Leases on the store's clock, in virtual time: keys attached to a lease are deleted, with delete events, when
/// it expires; keep-alive renews. Backends whose leases run on another clock (etcd) test expiry in real time.
/// </summary>
public abstract class LeaseExpiryContractTests : StorageContractTestBase
{
    [Fact]
    public async Task Lease_Expiring_DeletesItsKeysWithDeleteEvents()
    {
        var lease = await Storage.GrantLeaseAsync(TimeSpan.FromHours(1));
        var start = await Storage.GetCurrentRevisionAsync() + 1;
        await Storage.CreateAsync("/events/a", Bytes("a"), lease);
        await Storage.CreateAsync("/events/b", Bytes("b"), lease);
        await Storage.CreateAsync("/events/keep", Bytes("no lease"));
        await using var watch = Storage.WatchAsync(new WatchOptions("/events/") { Prefix = true, StartRevision = start, PrevKv = true }).GetAsyncEnumerator();
        await TakeEventsAsync(watch, 3);

        Time.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await Storage.GetAsync("/events/a"));
        Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        var deletes = await TakeEventsAsync(watch, 2);
        Assert.All(deletes, e => Assert.Equal(WatchEventType.Delete, e.Type));
        Assert.Equal(["/events/a", "/events/b"], deletes.Select(e => e.Kv.Key).Order());
        Assert.Null(await Storage.GetAsync("/events/a"));
        Assert.NotNull(await Storage.GetAsync("/events/keep"));
        Assert.Null(await Storage.GetLeaseAsync(lease));
    }

    [Fact]
    public async Task KeepAlive_BeforeExpiry_RenewsTheFullTtl()
    {
        var lease = await Storage.GrantLeaseAsync(TimeSpan.FromSeconds(10));
        await Storage.PutAsync("/kept", Bytes("x"), lease);

        Time.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal(TimeSpan.FromSeconds(10), await Storage.KeepAliveLeaseAsync(lease));
        Time.Advance(TimeSpan.FromSeconds(8));

        Assert.NotNull(await Storage.GetAsync("/kept"));
        var status = await Storage.GetLeaseAsync(lease);
        Assert.NotNull(status);
        Assert.Equal(TimeSpan.FromSeconds(2), status.RemainingTtl);
        Assert.Equal(TimeSpan.FromSeconds(10), status.GrantedTtl);
        Assert.Equal(["/kept"], status.Keys);
    }

    [Fact]
    public async Task Put_WithoutLease_DetachesTheKeyFromItsLease()
    {
        var lease = await Storage.GrantLeaseAsync(TimeSpan.FromSeconds(5));
        var kv = await Storage.PutAsync("/k", Bytes("leased"), lease);
        await Storage.UpdateAsync("/k", Bytes("permanent"), kv.ModRevision);

        Time.Advance(TimeSpan.FromSeconds(6));
        await WaitForLeaseGoneAsync(lease);

        Assert.Equal("permanent", Text((await Storage.GetAsync("/k"))!));
    }

    private async Task WaitForLeaseGoneAsync(long lease)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (await Storage.GetLeaseAsync(lease) is not null)
        {
            await Task.Delay(10, patience.Token);
        }
    }
}
