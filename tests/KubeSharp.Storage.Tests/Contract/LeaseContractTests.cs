namespace KubeSharp.Storage.Tests.Contract;

/// <summary>Leases, the parts that need no clock: grant, revoke, unknown leases.</summary>
public abstract class LeaseContractTests : StorageContractTestBase
{
    [Fact]
    public async Task Revoke_DeletesKeysNowAndForgetsTheLease()
    {
        var lease = await Storage.GrantLeaseAsync(TimeSpan.FromMinutes(5));
        await Storage.PutAsync("/r/1", Bytes("x"), lease);

        await Storage.RevokeLeaseAsync(lease);

        Assert.Null(await Storage.GetAsync("/r/1"));
        await Assert.ThrowsAsync<LeaseNotFoundException>(() => Storage.KeepAliveLeaseAsync(lease));
        await Assert.ThrowsAsync<LeaseNotFoundException>(() => Storage.RevokeLeaseAsync(lease));
    }

    [Fact]
    public async Task Put_UnknownLease_ThrowsLeaseNotFoundAndWritesNothing()
    {
        var revision = await Storage.GetCurrentRevisionAsync();

        await Assert.ThrowsAsync<LeaseNotFoundException>(() => Storage.PutAsync("/k", Bytes("x"), lease: 12345));

        Assert.Equal(revision, await Storage.GetCurrentRevisionAsync());
    }

    [Fact]
    public async Task Grant_TtlRoundsUpToWholeSeconds()
    {
        var lease = await Storage.GrantLeaseAsync(TimeSpan.FromMilliseconds(1500));

        Assert.Equal(TimeSpan.FromSeconds(2), (await Storage.GetLeaseAsync(lease))!.GrantedTtl);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Storage.GrantLeaseAsync(TimeSpan.Zero));
    }
}
