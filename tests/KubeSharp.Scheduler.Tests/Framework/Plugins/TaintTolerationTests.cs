using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins.TaintToleration;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class TaintTolerationTests
{
    public static TheoryData<string, PodBuilder, NodeBuilder, string?> FilterCases => new()
    {
        { "a pod having no tolerations can't be scheduled onto a node with nonempty taints", PodBuilder.Make("p"), NodeBuilder.Make("n").Taint("dedicated", "user1", "NoSchedule"), "node(s) had untolerated taint {dedicated: user1}" },
        { "a pod which can be scheduled on a dedicated node assigned to user1 with effect NoSchedule", PodBuilder.Make("p").Toleration("dedicated", "Equal", "user1", "NoSchedule"), NodeBuilder.Make("n").Taint("dedicated", "user1", "NoSchedule"), null },
        { "a pod which can't be scheduled on a dedicated node assigned to user2 with effect NoSchedule", PodBuilder.Make("p").Toleration("dedicated", "Equal", "user2", "NoSchedule"), NodeBuilder.Make("n").Taint("dedicated", "user1", "NoSchedule"), "node(s) had untolerated taint {dedicated: user1}" },
        { "a pod can be scheduled onto the node, with a toleration uses operator Exists that tolerates the taints on the node", PodBuilder.Make("p").Toleration("foo", "Exists", null, "NoSchedule"), NodeBuilder.Make("n").Taint("foo", "bar", "NoSchedule"), null },
        { "a pod has multiple tolerations, node has multiple taints, all the taints are tolerated", PodBuilder.Make("p").Toleration("dedicated", "Equal", "user2", "NoSchedule").Toleration("foo", "Exists", null, "NoSchedule"), NodeBuilder.Make("n").Taint("dedicated", "user2", "NoSchedule").Taint("foo", "bar", "NoSchedule"), null },
        { "a pod has a toleration that keys and values match the taint on the node, but (non-empty) effect doesn't match", PodBuilder.Make("p").Toleration("foo", "Equal", "bar", "PreferNoSchedule"), NodeBuilder.Make("n").Taint("foo", "bar", "NoSchedule"), "node(s) had untolerated taint {foo: bar}" },
        { "the effect of toleration is empty, and it tolerates the taint of every effect", PodBuilder.Make("p").Toleration("foo", "Equal", "bar", ""), NodeBuilder.Make("n").Taint("foo", "bar", "NoSchedule"), null },
        { "PreferNoSchedule taints are not considered by the filter", PodBuilder.Make("p"), NodeBuilder.Make("n").Taint("dedicated", "user1", "PreferNoSchedule"), null },
        { "NoExecute taints keep pods off", PodBuilder.Make("p"), NodeBuilder.Make("n").Taint("dedicated", "gpu", "NoExecute"), "node(s) had untolerated taint {dedicated: gpu}" },
        { "an empty key with operator Exists tolerates everything", PodBuilder.Make("p").Toleration("", "Exists", null, ""), NodeBuilder.Make("n").Taint("dedicated", "gpu", "NoExecute"), null },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Filter_UpstreamCases_ExpectedStatus(string name, PodBuilder pod, NodeBuilder node, string? reason)
    {
        var nodeInfo = Snapshot.Create([node.Obj()], []).Get("n")!;

        var status = new TaintToleration().Filter(new CycleState(), pod.Obj(), nodeInfo);

        Assert.True(reason == status?.Message, $"{name}: {status?.Message}");
        if (status is not null)
        {
            Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
        }
    }

    [Fact]
    public void Score_PreferNoScheduleTaints_FewerIntolerableScoresHigher()
    {
        // Upstream: "the more intolerable taints a node has, the lower score it gets".
        var snapshot = Snapshot.Create(
            [
                NodeBuilder.Make("nodeA").Obj(),
                NodeBuilder.Make("nodeB").Taint("cpu-type", "arm64", "PreferNoSchedule").Obj(),
                NodeBuilder.Make("nodeC").Taint("cpu-type", "arm64", "PreferNoSchedule").Taint("disk-type", "ssd", "PreferNoSchedule").Obj(),
            ],
            []);
        var pod = PodBuilder.Make("p").Toleration("foo", "Equal", "bar", "PreferNoSchedule").Obj();

        Assert.Equal([100, 50, 0], TestFramework.Scores(new TaintToleration(), pod, snapshot.List()));
    }
}
