using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins;
using KubeSharp.Scheduler.Framework.Plugins.DefaultPreemption;
using KubeSharp.Scheduler.Framework.Plugins.NodeResources;
using KubeSharp.Scheduler.Framework.Runtime;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class DefaultPreemptionTests
{
    private static (SchedulingFramework Fwk, Snapshot Snapshot) Setup(params PodBuilder[] pods)
    {
        var snapshot = Snapshot.Create(
            [NodeBuilder.Make("node1").Capacity(("cpu", "4"), ("memory", "4Gi")).Obj(), NodeBuilder.Make("node2").Capacity(("cpu", "4"), ("memory", "4Gi")).Obj()],
            pods.Select(p => p.Obj()));
        var fwk = TestFramework.Create(snapshot, new PluginConfig(PluginNames.NodeResourcesFit, _ => new Fit()));
        return (fwk, snapshot);
    }

    [Fact]
    public void SelectVictimsOnNode_LowerPriorityPods_KeepsOnlyNeededVictims()
    {
        // Upstream: "a pod that would fit on the machines, but other pods running are higher priority" and
        // "mixed priority pods are preempted": the reprieve keeps what still fits, most important first.
        var (fwk, snapshot) = Setup(
            PodBuilder.Make("low1").Node("node1").Priority(1).Req(("cpu", "1")).StartTime(DateTimeOffset.UnixEpoch),
            PodBuilder.Make("low2").Node("node1").Priority(2).Req(("cpu", "1")),
            PodBuilder.Make("high").Node("node1").Priority(100).Req(("cpu", "1")));
        var preemptor = PodBuilder.Make("p").Priority(50).Req(("cpu", "2")).Obj();
        var plugin = new DefaultPreemption(fwk);
        var state = new CycleState();
        fwk.RunPreFilterPlugins(state, preemptor, snapshot.List());

        var (victims, _, status) = plugin.SelectVictimsOnNode(state, preemptor, snapshot.Get("node1")!.Snapshot());

        Assert.Null(status);
        Assert.Equal(["low1"], victims.Select(v => v.Metadata.Name));
    }

    [Fact]
    public void SelectVictimsOnNode_NoLowerPriorityPods_NoVictimsMessage()
    {
        var (fwk, snapshot) = Setup(PodBuilder.Make("high").Node("node1").Priority(100).Req(("cpu", "4")));
        var preemptor = PodBuilder.Make("p").Priority(50).Req(("cpu", "1")).Obj();
        var state = new CycleState();
        fwk.RunPreFilterPlugins(state, preemptor, snapshot.List());

        var (_, _, status) = new DefaultPreemption(fwk).SelectVictimsOnNode(state, preemptor, snapshot.Get("node1")!.Snapshot());

        Assert.Equal((Code.UnschedulableAndUnresolvable, DefaultPreemption.NoVictimsMessage), (status!.Code, status.Message));
    }

    [Fact]
    public void PostFilter_PreemptionPolicyNever_NotEligible()
    {
        var (fwk, _) = Setup();
        var pod = PodBuilder.Make("p").Priority(50).PreemptionPolicy(PreemptionPolicy.Never).Obj();

        var (_, status) = new DefaultPreemption(fwk).PostFilter(new CycleState(), pod, new NodeToStatus());

        Assert.Equal("preemption: not eligible due to preemptionPolicy=Never.", status!.Message);
    }

    [Fact]
    public void PostFilter_AllNodesUnresolvable_NotHelpfulForEveryNode()
    {
        var (fwk, _) = Setup();
        var statuses = new NodeToStatus();
        statuses.Set("node1", new Status(Code.UnschedulableAndUnresolvable, "node(s) had untolerated taint {dedicated: gpu}"));
        statuses.Set("node2", new Status(Code.UnschedulableAndUnresolvable, "Insufficient cpu"));

        var (result, status) = new DefaultPreemption(fwk).PostFilter(new CycleState(), PodBuilder.Make("p").Obj(), statuses);

        Assert.Equal("preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.", status!.Message);
        Assert.Equal("", result!.NominatingInfo!.NominatedNodeName);
    }

    [Theory]
    [InlineData(new[] { 10, 20 }, new[] { 5 }, 1)]
    [InlineData(new[] { 10 }, new[] { 10, 1 }, 0)]
    [InlineData(new[] { 10, 1 }, new[] { 10, 1, 1 }, 0)]
    public void SelectCandidate_Criteria_UpstreamOrder(int[] victimsA, int[] victimsB, int expected)
    {
        static Candidate Make(string name, int[] priorities) =>
            new(name, [.. priorities.Select((p, i) => PodBuilder.Make($"{name}-{i}").Priority(p).Obj())], 0);

        var candidates = new[] { Make("a", victimsA), Make("b", victimsB) };

        Assert.Equal(candidates[expected].Name, DefaultPreemption.SelectCandidate(candidates).Name);
    }
}
