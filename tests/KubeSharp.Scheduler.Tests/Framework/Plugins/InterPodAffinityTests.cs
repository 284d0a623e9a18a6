using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins.InterPodAffinity;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class InterPodAffinityTests
{
    private const string Zone = "topology.kubernetes.io/zone";
    private const string Hostname = "kubernetes.io/hostname";

    public static TheoryData<string, PodBuilder, PodBuilder[], string?> FilterCases => new()
    {
        { "A pod that has no required pod affinity scheduling rules can schedule onto a node with no existing pods", PodBuilder.Make("p"), [], null },
        { "satisfies with requiredDuringSchedulingIgnoredDuringExecution in PodAffinity using In operator that matches the existing pod", PodBuilder.Make("p").PodAffinityIn("service", Zone, false, "securityscan", "value2"), [PodBuilder.Make("e").Label("service", "securityscan").Node("node1")], null },
        { "Does not satisfy the PodAffinity with labelSelector because of diff Namespace", PodBuilder.Make("p").PodAffinityIn("service", Zone, false, "securityscan"), [PodBuilder.Make("e").Namespace("ns").Label("service", "securityscan").Node("node1")], InterPodAffinity.ErrReasonAffinityRulesNotMatch },
        { "Doesn't satisfy the PodAffinity because of unmatching labelSelector with the existing pod", PodBuilder.Make("p").PodAffinityIn("service", Zone, false, "antivirusscan"), [PodBuilder.Make("e").Label("service", "securityscan").Node("node1")], InterPodAffinity.ErrReasonAffinityRulesNotMatch },
        { "satisfies the PodAntiAffinity with existing pod but doesn't satisfy PodAntiAffinity symmetry with incoming pod", PodBuilder.Make("p").Label("service", "securityscan"), [PodBuilder.Make("e").PodAffinityIn("service", Zone, true, "securityscan").Node("node1")], InterPodAffinity.ErrReasonExistingAntiAffinityRulesNotMatch },
        { "PodAntiAffinity symmetry check a1: incoming pod and existing pod partially match each other on AffinityTerms", PodBuilder.Make("p").PodAffinityIn("service", Zone, true, "antivirusscan"), [PodBuilder.Make("e").Label("service", "antivirusscan").Node("node1")], InterPodAffinity.ErrReasonAntiAffinityRulesNotMatch },
        { "verify that PodAntiAffinity from existing pod is respected when pod has no AntiAffinity constraints", PodBuilder.Make("p").Label("foo", ""), [PodBuilder.Make("e").PodAffinityIn("foo", Hostname, true, "").Node("node1")], InterPodAffinity.ErrReasonExistingAntiAffinityRulesNotMatch },
        { "the first pod of a group may schedule when it matches its own affinity", PodBuilder.Make("p").Label("service", "securityscan").PodAffinityIn("service", Zone, false, "securityscan"), [], null },
        { "a pod whose affinity matches nothing, not even itself, does not schedule", PodBuilder.Make("p").PodAffinityIn("service", Zone, false, "securityscan"), [], InterPodAffinity.ErrReasonAffinityRulesNotMatch },
        { "anti-affinity across zones: existing matching pod in another zone is fine", PodBuilder.Make("p").PodAffinityIn("app", Zone, true, "web"), [PodBuilder.Make("e").Label("app", "web").Node("node2")], null },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Filter_UpstreamCases_ExpectedReason(string name, PodBuilder pod, PodBuilder[] existing, string? reason)
    {
        var snapshot = Snapshot.Create(
            [
                NodeBuilder.Make("node1").Label(Zone, "z1").Obj(),
                NodeBuilder.Make("node2").Label(Zone, "z2").Obj(),
            ],
            existing.Select(p => p.Obj()));
        var fwk = TestFramework.Create(snapshot);

        var status = TestFramework.PreFilterAndFilter(new InterPodAffinity(fwk), pod.Obj(), snapshot.Get("node1")!, snapshot.List());

        Assert.True(reason == status?.Message, $"{name}: {status?.Message}");
    }

    [Fact]
    public void Filter_AffinityNodeWithoutTopologyKey_Unresolvable()
    {
        var snapshot = Snapshot.Create(
            [NodeBuilder.Make("node1").Obj(), NodeBuilder.Make("node2").Label(Zone, "z2").Obj()],
            [PodBuilder.Make("e").Label("app", "db").Node("node2").Obj()]);
        var fwk = TestFramework.Create(snapshot);

        var status = TestFramework.PreFilterAndFilter(new InterPodAffinity(fwk), PodBuilder.Make("p").PodAffinityIn("app", Zone, false, "db").Obj(), snapshot.Get("node1")!, snapshot.List());

        Assert.Equal(Code.UnschedulableAndUnresolvable, status!.Code);
    }

    [Fact]
    public void Score_PreferredAntiAffinity_SpreadsAwayFromMatchingZone()
    {
        var snapshot = Snapshot.Create(
            [
                NodeBuilder.Make("node1").Label(Zone, "z1").Obj(),
                NodeBuilder.Make("node2").Label(Zone, "z1").Obj(),
                NodeBuilder.Make("node3").Label(Zone, "z2").Obj(),
            ],
            [PodBuilder.Make("e").Label("app", "web").Node("node1").Obj()]);
        var fwk = TestFramework.Create(snapshot);
        var pod = PodBuilder.Make("p").Label("app", "web").PreferredPodAffinityIn(100, "app", Zone, true, "web").Obj();

        var scores = TestFramework.Scores(new InterPodAffinity(fwk), pod, snapshot.List());

        Assert.Equal([0, 0, 100], scores);
    }

    [Fact]
    public void Score_PreferredAffinity_AttractsToMatchingZone()
    {
        var snapshot = Snapshot.Create(
            [
                NodeBuilder.Make("node1").Label(Zone, "z1").Obj(),
                NodeBuilder.Make("node2").Label(Zone, "z2").Obj(),
            ],
            [PodBuilder.Make("e").Label("security", "S1").Node("node1").Obj()]);
        var fwk = TestFramework.Create(snapshot);
        var pod = PodBuilder.Make("p").PreferredPodAffinityIn(5, "security", Zone, false, "S1").Obj();

        Assert.Equal([100, 0], TestFramework.Scores(new InterPodAffinity(fwk), pod, snapshot.List()));
    }
}
