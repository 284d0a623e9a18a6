using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins.ImageLocality;
using KubeSharp.Scheduler.Framework.Plugins.NodeName;
using KubeSharp.Scheduler.Framework.Plugins.NodePorts;
using KubeSharp.Scheduler.Framework.Plugins.NodeUnschedulable;
using KubeSharp.Scheduler.Framework.Plugins.SchedulingGates;

namespace KubeSharp.Scheduler.Tests.Framework.Plugins;

public class SmallPluginTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("foo", true)]
    [InlineData("bar", false)]
    public void NodeName_Filter_UpstreamCases(string nodeName, bool fits)
    {
        var nodeInfo = Snapshot.Create([NodeBuilder.Make("foo").Obj()], []).Get("foo")!;
        var pod = PodBuilder.Make("p").Obj();
        pod.Spec.NodeName = nodeName;

        var status = new NodeName().Filter(new CycleState(), pod, nodeInfo);

        Assert.Equal(fits, status is null);
        if (!fits)
        {
            Assert.Equal((Code.UnschedulableAndUnresolvable, "node(s) didn't match the requested node name"), (status!.Code, status.Message));
        }
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void NodeUnschedulable_Filter_UpstreamCases(bool unschedulable, bool tolerates, bool fits)
    {
        var node = NodeBuilder.Make("n");
        if (unschedulable)
        {
            node.Unschedulable();
        }

        var pod = PodBuilder.Make("p");
        if (tolerates)
        {
            pod.Toleration("node.kubernetes.io/unschedulable", "Exists", null, "NoSchedule");
        }

        var status = new NodeUnschedulable().Filter(new CycleState(), pod.Obj(), Snapshot.Create([node.Obj()], []).Get("n")!);

        Assert.Equal(fits, status is null);
        if (!fits)
        {
            Assert.Equal("node(s) were unschedulable", status!.Message);
        }
    }

    public static TheoryData<string, PodBuilder, PodBuilder[], bool> PortCases => new()
    {
        { "nothing running", PodBuilder.Make("p").HostPort(8080), [], true },
        { "other port", PodBuilder.Make("p").HostPort(8080), [PodBuilder.Make("e").HostPort(9090)], true },
        { "same udp port", PodBuilder.Make("p").HostPort(8080, "UDP"), [PodBuilder.Make("e").HostPort(8080, "UDP")], false },
        { "same tcp port", PodBuilder.Make("p").HostPort(8080), [PodBuilder.Make("e").HostPort(8080)], false },
        { "different protocol", PodBuilder.Make("p").HostPort(8080, "UDP"), [PodBuilder.Make("e").HostPort(8080)], true },
        { "different host ip", PodBuilder.Make("p").HostPort(8080, "TCP", "127.0.0.1"), [PodBuilder.Make("e").HostPort(8080, "TCP", "127.0.0.2")], true },
        { "second ip conflicts with 0.0.0.0", PodBuilder.Make("p").HostPort(8001, "TCP", "127.0.0.1"), [PodBuilder.Make("e").HostPort(8001, "TCP", "0.0.0.0")], false },
        { "0.0.0.0 conflicts with a specific ip", PodBuilder.Make("p").HostPort(8001), [PodBuilder.Make("e").HostPort(8001, "TCP", "127.0.0.1")], false },
    };

    [Theory]
    [MemberData(nameof(PortCases))]
    public void NodePorts_Filter_UpstreamCases(string name, PodBuilder pod, PodBuilder[] existing, bool fits)
    {
        var snapshot = Snapshot.Create([NodeBuilder.Make("n").Obj()], existing.Select(p => p.Node("n").Obj()));
        var nodeInfo = snapshot.Get("n")!;

        var status = TestFramework.PreFilterAndFilter(new NodePorts(), pod.Obj(), nodeInfo, [nodeInfo]);

        Assert.True(fits == (status is null), name);
        if (!fits)
        {
            Assert.Equal((Code.Unschedulable, NodePorts.ErrReason), (status!.Code, status.Message));
        }
    }

    [Fact]
    public void SchedulingGates_PreEnqueue_GatedPodWaits()
    {
        var plugin = new SchedulingGates();

        Assert.Null(plugin.PreEnqueue(PodBuilder.Make("p").Obj()));
        var status = plugin.PreEnqueue(PodBuilder.Make("p").SchedulingGates("foo", "bar").Obj());
        Assert.Equal((Code.UnschedulableAndUnresolvable, "waiting for scheduling gates: [foo bar]"), (status!.Code, status.Message));
    }

    [Theory]
    [InlineData("gcr.io/40", "gcr.io/40:latest")]
    [InlineData("gcr.io/40:v1", "gcr.io/40:v1")]
    [InlineData("localhost:5000/busybox", "localhost:5000/busybox:latest")]
    public void ImageLocality_NormalizedImageName_AddsLatest(string name, string expected) =>
        Assert.Equal(expected, ImageLocality.NormalizedImageName(name));

    [Fact]
    public void ImageLocality_Score_UpstreamTwoImagesCase()
    {
        // Upstream: "two images spread on two nodes, prefer the larger image one":
        // pod with gcr.io/40 and gcr.io/300; node1 has 40 MB and 250 MB images, node2 has 300 MB and 2 GB.
        const long MB = 1024 * 1024;
        var snapshot = Snapshot.Create(
            [
                NodeBuilder.Make("node1").Images(("gcr.io/40:latest", 40 * MB), ("gcr.io/250:latest", 250 * MB)).Obj(),
                NodeBuilder.Make("node2").Images(("gcr.io/300:latest", 300 * MB), ("gcr.io/2000:latest", 2000 * MB)).Obj(),
            ],
            []);
        foreach (var info in snapshot.List())
        {
            info.SetImageStates(info.Node!.Status.Images!.ToDictionary(i => i.Names[0], i => new ImageStateSummary { Size = i.SizeBytes!.Value, NumNodes = 1 }));
        }

        var fwk = TestFramework.Create(snapshot);
        var pod = PodBuilder.Make("p").Image("gcr.io/40").Image("gcr.io/300").Obj();

        var scores = TestFramework.Scores(new ImageLocality(fwk), pod, snapshot.List());

        // Upstream expects 0 and 6: 40 MB × 1/2 is below the 23 MB threshold; 100 × (150 − 23) / (2000 − 23) = 6.
        Assert.Equal([0, 6], scores);
    }
}
