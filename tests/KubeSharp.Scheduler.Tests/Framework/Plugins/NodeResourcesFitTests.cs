using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins.NodeResources;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class NodeResourcesFitTests
{
    // Upstream's fit_test: a node with 10 milli-CPU, 20 bytes of memory, 32 pods, 5 of an extended resource.
    private static NodeInfo NodeWith(params PodBuilder[] pods)
    {
        var node = NodeBuilder.Make("machine1").Capacity(("cpu", "10m"), ("memory", "20"), ("pods", "32"), ("example.com/aaa", "5")).Obj();
        var snapshot = Snapshot.Create([node], pods.Select(p => p.Node("machine1").Obj()));
        return snapshot.Get("machine1")!;
    }

    public static TheoryData<string, PodBuilder, PodBuilder[], string[]> FilterCases => new()
    {
        { "no resources requested always fits", PodBuilder.Make("p").Req(), [PodBuilder.Make("e").Req(("cpu", "10m"), ("memory", "20"))], [] },
        { "too many resources fails", PodBuilder.Make("p").Req(("cpu", "1m"), ("memory", "1")), [PodBuilder.Make("e").Req(("cpu", "10m"), ("memory", "20"))], ["Insufficient cpu", "Insufficient memory"] },
        { "fits exactly", PodBuilder.Make("p").Req(("cpu", "5m"), ("memory", "5")), [PodBuilder.Make("e").Req(("cpu", "5m"), ("memory", "15"))], [] },
        { "too many resources fails due to init container cpu", PodBuilder.Make("p").Req(("cpu", "1m"), ("memory", "1")).InitReq(false, ("cpu", "3m"), ("memory", "1")), [PodBuilder.Make("e").Req(("cpu", "8m"), ("memory", "19"))], ["Insufficient cpu"] },
        { "too many resources fails due to highest init container cpu", PodBuilder.Make("p").Req(("cpu", "1m"), ("memory", "1")).InitReq(false, ("cpu", "3m"), ("memory", "1")).InitReq(false, ("cpu", "2m"), ("memory", "1")), [PodBuilder.Make("e").Req(("cpu", "8m"), ("memory", "19"))], ["Insufficient cpu"] },
        { "one resource memory fits", PodBuilder.Make("p").Req(("cpu", "2m"), ("memory", "1")), [PodBuilder.Make("e").Req(("cpu", "9m"), ("memory", "5"))], ["Insufficient cpu"] },
        { "extended resource fits", PodBuilder.Make("p").Req(("example.com/aaa", "1")), [PodBuilder.Make("e").Req(("example.com/aaa", "4"))], [] },
        { "extended resource capacity enforced", PodBuilder.Make("p").Req(("example.com/aaa", "2")), [PodBuilder.Make("e").Req(("example.com/aaa", "4"))], ["Insufficient example.com/aaa"] },
        { "unknown extended resource", PodBuilder.Make("p").Req(("example.com/bbb", "1")), [], ["Insufficient example.com/bbb"] },
        { "overhead counts", PodBuilder.Make("p").Req(("cpu", "1m"), ("memory", "1")).Overhead(("cpu", "1m"), ("memory", "15")), [PodBuilder.Make("e").Req(("cpu", "5m"), ("memory", "5"))], ["Insufficient memory"] },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Filter_UpstreamCases_ExpectedReasons(string name, PodBuilder pod, PodBuilder[] existing, string[] reasons)
    {
        var nodeInfo = NodeWith(existing);

        var status = TestFramework.PreFilterAndFilter(new Fit(), pod.Obj(), nodeInfo, [nodeInfo]);

        Assert.True(reasons.SequenceEqual(status?.Reasons ?? []), $"{name}: got [{status?.Message}]");
        if (status is not null)
        {
            // A request above the node's whole allocatable cannot be fixed by preemption.
            var expected = name == "unknown extended resource" ? Code.UnschedulableAndUnresolvable : Code.Unschedulable;
            Assert.Equal(expected, status.Code);
        }
    }

    [Fact]
    public void Filter_PodCountExceeded_TooManyPods()
    {
        var node = NodeBuilder.Make("n").Capacity(("cpu", "10"), ("pods", "1")).Obj();
        var nodeInfo = Snapshot.Create([node], [PodBuilder.Make("e").Node("n").Req().Obj()]).Get("n")!;

        var status = TestFramework.PreFilterAndFilter(new Fit(), PodBuilder.Make("p").Req(("cpu", "1")).Obj(), nodeInfo, [nodeInfo]);

        Assert.Equal(["Too many pods"], status!.Reasons);
    }

    [Fact]
    public void Filter_RequestAboveAllocatable_Unresolvable()
    {
        var nodeInfo = NodeWith();

        var status = TestFramework.PreFilterAndFilter(new Fit(), PodBuilder.Make("p").Req(("cpu", "11m")).Obj(), nodeInfo, [nodeInfo]);

        Assert.Equal(Code.UnschedulableAndUnresolvable, status!.Code);
        Assert.Equal(["Insufficient cpu"], status.Reasons);
    }

    [Fact]
    public void Filter_IgnoredExtendedResource_Fits()
    {
        var nodeInfo = NodeWith();

        var status = TestFramework.PreFilterAndFilter(new Fit(ignoredResources: ["example.com/bbb"]), PodBuilder.Make("p").Req(("example.com/bbb", "1")).Obj(), nodeInfo, [nodeInfo]);

        Assert.Null(status);
    }

    public static TheoryData<string, string, PodBuilder, long[]> ScoreCases => new()
    {
        // Upstream's least_allocated_test "nothing scheduled, resources requested, differently sized nodes".
        { "least allocated", ScoringStrategyType.LeastAllocated, PodBuilder.Make("p").Req(("cpu", "1000m"), ("memory", "2000")).Req(("cpu", "2000m"), ("memory", "3000")), [37, 50] },
        // Upstream's most_allocated_test for the same pod and nodes.
        { "most allocated", ScoringStrategyType.MostAllocated, PodBuilder.Make("p").Req(("cpu", "1000m"), ("memory", "2000")).Req(("cpu", "2000m"), ("memory", "3000")), [62, 50] },
    };

    [Theory]
    [MemberData(nameof(ScoreCases))]
    public void Score_DifferentlySizedNodes_UpstreamScores(string name, string strategy, PodBuilder pod, long[] expected)
    {
        var snapshot = Snapshot.Create(
            [NodeBuilder.Make("node1").Capacity(("cpu", "4000m"), ("memory", "10000")).Obj(), NodeBuilder.Make("node2").Capacity(("cpu", "6000m"), ("memory", "10000")).Obj()],
            []);

        var scores = TestFramework.Scores(new Fit(strategy), pod.Obj(), snapshot.List());

        Assert.True(expected.SequenceEqual(scores), $"{name}: [{string.Join(",", scores)}]");
    }

    [Fact]
    public void BalancedAllocation_DifferentlySizedNodes_UpstreamScores()
    {
        var snapshot = Snapshot.Create(
            [NodeBuilder.Make("node1").Capacity(("cpu", "4000m"), ("memory", "10000")).Obj(), NodeBuilder.Make("node2").Capacity(("cpu", "6000m"), ("memory", "10000")).Obj()],
            []);
        var pod = PodBuilder.Make("p").Req(("cpu", "1000m"), ("memory", "2000")).Req(("cpu", "2000m"), ("memory", "3000")).Obj();

        var scores = TestFramework.Scores(new BalancedAllocation(), pod, snapshot.List());

        Assert.Equal([87, 100], scores);
    }

    [Theory]
    [InlineData(0, 4000, 100)]
    [InlineData(3000, 4000, 25)]
    [InlineData(5000, 4000, 0)]
    [InlineData(1, 0, 0)]
    public void LeastRequested_Table_UpstreamFormula(long requested, long capacity, long expected) =>
        Assert.Equal(expected, ResourceAllocationScorer.LeastRequested(requested, capacity));
}
