using KubeSharp.Scheduler.Cache;

namespace KubeSharp.Scheduler.Tests.Cache;

public class SchedulerCacheTests
{
    [Fact]
    public void AssumePod_ThenInformerAdd_ConfirmedOnce()
    {
        var cache = new SchedulerCache();
        cache.AddNode(NodeBuilder.Make("n").Capacity(("cpu", "4")).Obj());
        var pod = PodBuilder.Make("p").Node("n").Req(("cpu", "1")).Obj();

        cache.AssumePod(pod);
        Assert.True(cache.IsAssumedPod(pod));
        cache.FinishBinding(pod);
        cache.AddPod(pod);

        Assert.False(cache.IsAssumedPod(pod));
        var snapshot = new Snapshot();
        cache.UpdateSnapshot(snapshot);
        Assert.Equal(1000, snapshot.Get("n")!.Requested.MilliCPU);
        Assert.Single(snapshot.Get("n")!.Pods);
    }

    [Fact]
    public void ForgetPod_Assumed_ResourcesReleased()
    {
        var cache = new SchedulerCache();
        cache.AddNode(NodeBuilder.Make("n").Obj());
        var pod = PodBuilder.Make("p").Node("n").Req(("cpu", "1")).Obj();
        cache.AssumePod(pod);

        cache.ForgetPod(pod);

        var snapshot = new Snapshot();
        cache.UpdateSnapshot(snapshot);
        Assert.Equal(0, snapshot.Get("n")!.Requested.MilliCPU);
        Assert.Throws<InvalidOperationException>(() =>
        {
            cache.AssumePod(pod);
            cache.AssumePod(pod);
        });
    }

    [Fact]
    public void UpdateSnapshot_OnlyChangedNodesCopied_UnchangedKeepIdentityAndContent()
    {
        var cache = new SchedulerCache();
        for (var i = 0; i < 5; i++)
        {
            cache.AddNode(NodeBuilder.Make("n" + i).Obj());
        }

        var snapshot = new Snapshot();
        cache.UpdateSnapshot(snapshot);
        var n0 = snapshot.Get("n0")!;
        var n0Generation = n0.Generation;
        var n3Generation = snapshot.Get("n3")!.Generation;

        cache.AddPod(PodBuilder.Make("p").Node("n3").Obj());
        cache.UpdateSnapshot(snapshot);

        Assert.Same(n0, snapshot.Get("n0"));
        Assert.Equal(n0Generation, n0.Generation);
        Assert.True(snapshot.Get("n3")!.Generation > n3Generation);
        Assert.Single(snapshot.Get("n3")!.Pods);
        Assert.Equal(5, snapshot.NumNodes);
    }

    [Fact]
    public void RemoveNode_WithPods_DroppedFromSnapshot()
    {
        var cache = new SchedulerCache();
        var node = NodeBuilder.Make("n").Obj();
        cache.AddNode(node);
        cache.AddNode(NodeBuilder.Make("m").Obj());
        cache.AddPod(PodBuilder.Make("p").Node("n").Obj());
        var snapshot = new Snapshot();
        cache.UpdateSnapshot(snapshot);

        cache.RemoveNode(node);
        cache.UpdateSnapshot(snapshot);

        Assert.Null(snapshot.Get("n"));
        Assert.Equal(["m"], snapshot.List().Select(n => n.Name));
    }

    [Fact]
    public void UpdateSnapshot_PodWithAffinity_ListedInAffinityList()
    {
        var cache = new SchedulerCache();
        cache.AddNode(NodeBuilder.Make("n").Obj());
        var snapshot = new Snapshot();
        cache.UpdateSnapshot(snapshot);

        cache.AddPod(PodBuilder.Make("p").Node("n").PodAffinityIn("app", "zone", true, "web").Obj());
        cache.UpdateSnapshot(snapshot);

        Assert.Single(snapshot.HavePodsWithAffinityList());
        Assert.Single(snapshot.HavePodsWithRequiredAntiAffinityList());
    }

    [Fact]
    public void List_NodesInZones_InterleavedByZone()
    {
        var cache = new SchedulerCache();
        cache.AddNode(NodeBuilder.Make("a1").Label("topology.kubernetes.io/zone", "a").Obj());
        cache.AddNode(NodeBuilder.Make("a2").Label("topology.kubernetes.io/zone", "a").Obj());
        cache.AddNode(NodeBuilder.Make("b1").Label("topology.kubernetes.io/zone", "b").Obj());
        var snapshot = new Snapshot();

        cache.UpdateSnapshot(snapshot);

        Assert.Equal(["a1", "b1", "a2"], snapshot.List().Select(n => n.Name));
    }
}
