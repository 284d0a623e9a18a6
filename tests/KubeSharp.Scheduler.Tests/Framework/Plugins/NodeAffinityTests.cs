using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using NodeAffinityPlugin = KubeSharp.Scheduler.Framework.Plugins.NodeAffinity.NodeAffinity;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class NodeAffinityTests
{
    private static NodeSelectorTerm Term(string key, string op, params string[] values) =>
        new() { MatchExpressions = [new NodeSelectorRequirement { Key = key, Operator = op, Values = values.Length == 0 ? null : [.. values] }] };

    private static NodeSelectorTerm FieldTerm(string op, string value) =>
        new() { MatchFields = [new NodeSelectorRequirement { Key = "metadata.name", Operator = op, Values = [value] }] };

    public static TheoryData<string, PodBuilder, bool> FilterCases => new()
    {
        { "no selector", PodBuilder.Make("p"), true },
        { "missing labels", PodBuilder.Make("p").NodeSelector("foo", "bar"), false },
        { "same labels", PodBuilder.Make("p").NodeSelector("foo", "bar"), true },
        { "node labels are superset", PodBuilder.Make("p").NodeSelector("foo", "bar"), true },
        { "node labels are subset", PodBuilder.Make("p").NodeSelector("foo", "bar").NodeSelector("baz", "blah"), false },
        { "Pod with matchExpressions using In operator that matches the existing node", PodBuilder.Make("p").RequiredNodeAffinity(Term("foo", "In", "bar", "value2")), true },
        { "Pod with matchExpressions using Gt operator that matches the existing node", PodBuilder.Make("p").RequiredNodeAffinity(Term("kernel-version", "Gt", "0204")), true },
        { "Pod with matchExpressions using NotIn operator that matches the existing node", PodBuilder.Make("p").RequiredNodeAffinity(Term("mem-type", "NotIn", "DDR", "DDR2")), true },
        { "Pod with matchExpressions using Exists operator that matches the existing node", PodBuilder.Make("p").RequiredNodeAffinity(Term("GPU", "Exists")), true },
        { "Pod with affinity that don't match node's labels won't schedule onto the node", PodBuilder.Make("p").RequiredNodeAffinity(Term("foo", "In", "value1", "value2")), false },
        { "Pod with a nil []NodeSelectorTerm in affinity, can't match the node's labels and won't schedule onto the node", PodBuilder.Make("p").RequiredNodeAffinity(), false },
        { "Pod with an empty NodeSelectorTerm in affinity, can't match the node's labels and won't schedule onto the node", PodBuilder.Make("p").RequiredNodeAffinity(new NodeSelectorTerm()), false },
        { "Pod with multiple NodeSelectorTerms ORed in affinity, matches the node's labels and will schedule onto the node", PodBuilder.Make("p").RequiredNodeAffinity(Term("foo", "In", "x"), Term("GPU", "Exists")), true },
        { "Pod with an invalid value in Affinity term won't be scheduled onto the node", PodBuilder.Make("p").RequiredNodeAffinity(Term("foo", "NotIn", "invalid value: ___@#$%^")), false },
        { "Pod with matchFields using In operator that matches the existing node", PodBuilder.Make("p").RequiredNodeAffinity(FieldTerm("In", "node1")), true },
        { "Pod with matchFields using In operator that does not match the existing node", PodBuilder.Make("p").RequiredNodeAffinity(FieldTerm("In", "node2")), false },
        { "Pod with nodeSelector and affinity that both match", PodBuilder.Make("p").NodeSelector("foo", "bar").RequiredNodeAffinity(Term("GPU", "Exists")), true },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Filter_UpstreamCases_Matches(string name, PodBuilder pod, bool fits)
    {
        var node = NodeBuilder.Make("node1").Label("foo", "bar").Label("kernel-version", "0206").Label("mem-type", "DDR3").Label("GPU", "NVIDIA-GRID-K1");
        if (name == "missing labels")
        {
            node = NodeBuilder.Make("node1");
        }

        var nodeInfo = Snapshot.Create([node.Obj()], []).Get("node1")!;

        var status = TestFramework.PreFilterAndFilter(new NodeAffinityPlugin(), pod.Obj(), nodeInfo, [nodeInfo]);

        Assert.True(fits == status.IsSuccess(), $"{name}: {status?.Message}");
        if (!fits)
        {
            Assert.Equal(Code.UnschedulableAndUnresolvable, status!.Code);
        }
    }

    [Fact]
    public void Filter_NodeNotMatching_UpstreamReason()
    {
        var nodeInfo = Snapshot.Create([NodeBuilder.Make("n").Obj()], []).Get("n")!;

        var status = TestFramework.PreFilterAndFilter(new NodeAffinityPlugin(), PodBuilder.Make("p").NodeSelector("disk", "ssd").Obj(), nodeInfo, [nodeInfo]);

        Assert.Equal("node(s) didn't match Pod's node affinity/selector", status!.Message);
    }

    [Fact]
    public void Filter_AddedAffinityNotMatched_EnforcedReason()
    {
        var added = new Api.Core.V1.NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = [Term("pool", "In", "a")] } };
        var nodeInfo = Snapshot.Create([NodeBuilder.Make("n").Obj()], []).Get("n")!;

        var status = TestFramework.PreFilterAndFilter(new NodeAffinityPlugin(added), PodBuilder.Make("p").Obj(), nodeInfo, [nodeInfo]);

        Assert.Equal(NodeAffinityPlugin.ErrReasonEnforced, status!.Message);
    }

    [Fact]
    public void PreFilter_MatchFieldsOnly_NarrowsToNamedNodes()
    {
        var pod = PodBuilder.Make("p").RequiredNodeAffinity(FieldTerm("In", "node1"), FieldTerm("In", "node2")).Obj();

        var (result, status) = new NodeAffinityPlugin().PreFilter(new CycleState(), pod, []);

        Assert.Null(status);
        Assert.Equal(["node1", "node2"], result!.NodeNames!.Order());
    }

    [Fact]
    public void Score_PreferredTerms_WeightsSummedAndNormalized()
    {
        // Upstream: "all nodes matches the preferred scheduling requirements of pod but with different priorities".
        var snapshot = Snapshot.Create(
            [
                NodeBuilder.Make("node1").Label("foo", "bar").Obj(),
                NodeBuilder.Make("node2").Label("key", "value").Obj(),
                NodeBuilder.Make("node3").Label("foo", "bar").Label("key", "value").Label("az", "az1").Obj(),
            ],
            []);
        var pod = PodBuilder.Make("p")
            .PreferredNodeAffinity(2, Term("foo", "In", "bar"))
            .PreferredNodeAffinity(4, Term("key", "In", "value"))
            .PreferredNodeAffinity(5, Term("az", "In", "az1"))
            .Obj();

        Assert.Equal([18, 36, 100], TestFramework.Scores(new NodeAffinityPlugin(), pod, snapshot.List()));
    }
}
