using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins.PodTopologySpread;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class PodTopologySpreadTests
{
    private const string Zone = "zone";
    private const string Node = "node";

    // Upstream's filtering_test layout: zone1 has node-a and node-b, zone2 has node-x and node-y.
    private static Snapshot Cluster(params PodBuilder[] pods) => Snapshot.Create(
        [
            NodeBuilder.Make("node-a").Label(Zone, "zone1").Label(Node, "node-a").Obj(),
            NodeBuilder.Make("node-b").Label(Zone, "zone1").Label(Node, "node-b").Obj(),
            NodeBuilder.Make("node-x").Label(Zone, "zone2").Label(Node, "node-x").Obj(),
            NodeBuilder.Make("node-y").Label(Zone, "zone2").Label(Node, "node-y").Obj(),
        ],
        pods.Select(p => p.Obj()));

    public static TheoryData<string, PodBuilder, PodBuilder[], string[]> FilterCases => new()
    {
        {
            "pods spread across zones as 3/3, all nodes fit",
            PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Zone, UnsatisfiableConstraintAction.DoNotSchedule, "foo"),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-a2").Node("node-a").Label("foo", ""), PodBuilder.Make("p-b1").Node("node-b").Label("foo", ""), PodBuilder.Make("p-y1").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y2").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y3").Node("node-y").Label("foo", "")],
            ["node-a", "node-b", "node-x", "node-y"]
        },
        {
            "pods spread across zones as 1/2 due to absence of label 'zone' on node-b",
            PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Zone, UnsatisfiableConstraintAction.DoNotSchedule, "foo"),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-x1").Node("node-x").Label("foo", ""), PodBuilder.Make("p-y1").Node("node-y").Label("foo", "")],
            ["node-a"]
        },
        {
            "pods spread across nodes as 2/1/0/3, only node-x fits",
            PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Node, UnsatisfiableConstraintAction.DoNotSchedule, "foo"),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-a2").Node("node-a").Label("foo", ""), PodBuilder.Make("p-b1").Node("node-b").Label("foo", ""), PodBuilder.Make("p-y1").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y2").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y3").Node("node-y").Label("foo", "")],
            ["node-x"]
        },
        {
            "pods spread across nodes as 2/1/0/3, maxSkew is 2, node-b and node-x fit",
            PodBuilder.Make("p").Label("foo", "").SpreadConstraint(2, Node, UnsatisfiableConstraintAction.DoNotSchedule, "foo"),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-a2").Node("node-a").Label("foo", ""), PodBuilder.Make("p-b1").Node("node-b").Label("foo", ""), PodBuilder.Make("p-y1").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y2").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y3").Node("node-y").Label("foo", "")],
            ["node-b", "node-x"]
        },
        {
            "incoming pod does not match its own selector: pods spread as 2/1/0/3, maxSkew 1, node-b and node-x fit",
            PodBuilder.Make("p").Label("bar", "").SpreadConstraint(1, Node, UnsatisfiableConstraintAction.DoNotSchedule, "foo"),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-a2").Node("node-a").Label("foo", ""), PodBuilder.Make("p-b1").Node("node-b").Label("foo", ""), PodBuilder.Make("p-y1").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y2").Node("node-y").Label("foo", ""), PodBuilder.Make("p-y3").Node("node-y").Label("foo", "")],
            ["node-b", "node-x"]
        },
        {
            "terminating pods are not counted",
            PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Node, UnsatisfiableConstraintAction.DoNotSchedule, "foo"),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", "").Terminating(), PodBuilder.Make("p-b1").Node("node-b").Label("foo", ""), PodBuilder.Make("p-x1").Node("node-x").Label("foo", ""), PodBuilder.Make("p-y1").Node("node-y").Label("foo", "")],
            ["node-a"]
        },
        {
            "minDomains larger than the number of domains makes the global minimum 0",
            PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Zone, UnsatisfiableConstraintAction.DoNotSchedule, "foo", 3),
            [PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-x1").Node("node-x").Label("foo", "")],
            []
        },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Filter_UpstreamCases_FeasibleNodes(string name, PodBuilder pod, PodBuilder[] existing, string[] feasible)
    {
        var snapshot = Cluster(existing);
        if (name.Contains("absence of label", StringComparison.Ordinal))
        {
            snapshot.Get("node-b")!.Node!.Metadata.Labels!.Remove(Zone);
        }

        var fwk = TestFramework.Create(snapshot);
        var plugin = new PodTopologySpread(fwk);
        var state = new CycleState();
        var (_, preStatus) = plugin.PreFilter(state, pod.Obj(), snapshot.List());
        Assert.True(preStatus.IsSuccess(), preStatus?.Message);

        var fits = snapshot.List().Where(n => plugin.Filter(state, pod.Obj(), n).IsSuccess()).Select(n => n.Name).Order().ToArray();

        Assert.True(feasible.SequenceEqual(fits), $"{name}: [{string.Join(",", fits)}]");
    }

    [Fact]
    public void Filter_NodeMissingLabel_UnresolvableWithUpstreamReason()
    {
        var snapshot = Snapshot.Create([NodeBuilder.Make("n").Obj()], []);
        var fwk = TestFramework.Create(snapshot);
        var pod = PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Zone, UnsatisfiableConstraintAction.DoNotSchedule, "foo").Obj();

        var status = TestFramework.PreFilterAndFilter(new PodTopologySpread(fwk), pod, snapshot.Get("n")!, snapshot.List());

        Assert.Equal((Code.UnschedulableAndUnresolvable, "node(s) didn't match pod topology spread constraints (missing required label)"), (status!.Code, status.Message));
    }

    [Fact]
    public void Score_ScheduleAnyway_PrefersEmptierZone()
    {
        var snapshot = Cluster(PodBuilder.Make("p-a1").Node("node-a").Label("foo", ""), PodBuilder.Make("p-a2").Node("node-b").Label("foo", ""));
        var fwk = TestFramework.Create(snapshot);
        var pod = PodBuilder.Make("p").Label("foo", "").SpreadConstraint(1, Zone, UnsatisfiableConstraintAction.ScheduleAnyway, "foo").Obj();

        var scores = TestFramework.Scores(new PodTopologySpread(fwk), pod, snapshot.List());

        Assert.True(scores[2] > scores[0] && scores[3] > scores[1], string.Join(",", scores));
        Assert.Equal(100, scores[2]);
    }
}
