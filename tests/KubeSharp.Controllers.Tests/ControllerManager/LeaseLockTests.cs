using KubeSharp.Api.Coordination.V1;
using KubeSharp.Client.LeaderElection;
using KubeSharp.Controllers.Tests.Fakes;
using KubeSharp.Machinery.Errors;

namespace KubeSharp.Controllers.Tests.ControllerManager;

public sealed class LeaseLockTests
{
    [Fact]
    public async Task CreateThenUpdate_StoresTheRecordInTheLease()
    {
        await using var f = new ControllerFixture();
        var leaseLock = new LeaseLock(f.Client, "kube-system", "kube-controller-manager", "node-a_1");
        Assert.Null(await leaseLock.GetAsync(CancellationToken.None));
        var now = f.Time.GetUtcNow();

        await leaseLock.CreateAsync(new LeaderElectionRecord { HolderIdentity = "node-a_1", LeaseDurationSeconds = 15, AcquireTime = now, RenewTime = now }, CancellationToken.None);
        await leaseLock.UpdateAsync(new LeaderElectionRecord { HolderIdentity = "node-a_1", LeaseDurationSeconds = 15, AcquireTime = now, RenewTime = now.AddSeconds(2) }, CancellationToken.None);

        var lease = f.Api.Get<Lease>("kube-system", "kube-controller-manager")!;
        Assert.Equal(("node-a_1", 15, now.AddSeconds(2)), (lease.Spec.HolderIdentity, lease.Spec.LeaseDurationSeconds, lease.Spec.RenewTime!.Value.Value));
        var (record, _) = (await leaseLock.GetAsync(CancellationToken.None))!.Value;
        Assert.Equal("node-a_1", record.HolderIdentity);
    }

    [Fact]
    public async Task Update_AfterAnotherCandidateWrote_Conflicts()
    {
        await using var f = new ControllerFixture();
        var a = new LeaseLock(f.Client, "kube-system", "kube-controller-manager", "a");
        var b = new LeaseLock(f.Client, "kube-system", "kube-controller-manager", "b");
        var now = f.Time.GetUtcNow();
        await a.CreateAsync(new LeaderElectionRecord { HolderIdentity = "a", LeaseDurationSeconds = 15, AcquireTime = now, RenewTime = now }, CancellationToken.None);
        await b.GetAsync(CancellationToken.None);
        await a.UpdateAsync(new LeaderElectionRecord { HolderIdentity = "a", LeaseDurationSeconds = 15, AcquireTime = now, RenewTime = now.AddSeconds(2) }, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ApiException>(() => b.UpdateAsync(new LeaderElectionRecord { HolderIdentity = "b", LeaseDurationSeconds = 15, AcquireTime = now, RenewTime = now }, CancellationToken.None));

        Assert.True(ApiErrors.IsConflict(error));
    }
}
