using KubeSharp.Api.Core.V1;
using KubeSharp.Kubelet.Nodestatus;

namespace KubeSharp.Kubelet.Tests.Nodestatus;

public sealed class NodeStatusBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly MachineInfo Machine = new()
    {
        NumCores = 2,
        MemoryCapacityBytes = 24_591_880L * 1024,
        FilesystemCapacityBytes = 100L * 1024 * 1024 * 1024,
        HugePages = new Dictionary<long, long> { [2L * 1024 * 1024] = 8 },
        MachineID = "m1",
        BootID = "b1",
        KernelVersion = "6.1.0-28-amd64",
        OSImage = "Debian GNU/Linux 12 (bookworm)",
    };

    [Fact]
    public void Capacity_FromTheMachine_UpstreamQuantities()
    {
        var capacity = NodeStatusBuilder.Capacity(new KubeletOptions(), Machine);

        Assert.Equal("2", capacity["cpu"].ToString());
        Assert.Equal("24591880Ki", capacity["memory"].ToString());
        Assert.Equal("100Gi", capacity["ephemeral-storage"].ToString());
        Assert.Equal("110", capacity["pods"].ToString());
        Assert.Equal("16Mi", capacity["hugepages-2Mi"].ToString());
    }

    [Fact]
    public void Allocatable_SubtractsEvictionThresholdsAndHugePages()
    {
        var options = new KubeletOptions();
        var allocatable = NodeStatusBuilder.Allocatable(options, NodeStatusBuilder.Capacity(options, Machine));

        // 24591880Ki − 100Mi (memory.available) − 16Mi (hugepages) = 24473096Ki.
        Assert.Equal("24473096Ki", allocatable["memory"].ToString());

        // 10% of nodefs is the nodefs.available threshold: 100Gi − 10Gi.
        Assert.Equal("90Gi", allocatable["ephemeral-storage"].ToString());
        Assert.Equal(("2", "110"), (allocatable["cpu"].ToString(), allocatable["pods"].ToString()));
    }

    [Fact]
    public void Status_RuntimeReady_FourConditionsReadyLast()
    {
        var status = NodeStatusBuilder.Status(new KubeletOptions { NodeName = "n1" }, Inputs([]), null);

        Assert.Equal(
            [NodeConditionType.MemoryPressure, NodeConditionType.DiskPressure, NodeConditionType.PIDPressure, NodeConditionType.Ready],
            status.Conditions!.Select(c => c.Type));
        var ready = status.Conditions![3];
        Assert.Equal(("True", "KubeletReady", "kubelet is posting ready status"), (ready.Status, ready.Reason, ready.Message));
        Assert.Equal([("InternalIP", "192.0.2.10"), ("Hostname", "n1")], status.Addresses!.Select(a => (a.Type, a.Address)));
        Assert.Equal(10250, status.DaemonEndpoints.KubeletEndpoint.Port);
        Assert.Equal(("kubesharp://0.1.0", "Debian GNU/Linux 12 (bookworm)", "linux"), (status.NodeInfo.ContainerRuntimeVersion, status.NodeInfo.OSImage, status.NodeInfo.OperatingSystem));
    }

    [Fact]
    public void Status_RuntimeNotReady_ReadyFalseWithTheRuntimeErrorAndNewTransitionTime()
    {
        var options = new KubeletOptions { NodeName = "n1" };
        var before = NodeStatusBuilder.Status(options, Inputs([]), null);

        var after = NodeStatusBuilder.Status(options, Inputs(["container runtime is down"]) with { Now = Now.AddMinutes(1) }, before);

        var ready = after.Conditions!.Single(c => c.Type == NodeConditionType.Ready);
        Assert.Equal(("False", "KubeletNotReady", "container runtime is down"), (ready.Status, ready.Reason, ready.Message));
        Assert.Equal(Now.AddMinutes(1), ready.LastTransitionTime);
        var memory = after.Conditions!.Single(c => c.Type == NodeConditionType.MemoryPressure);
        Assert.Equal((Now, Now.AddMinutes(1)), (memory.LastTransitionTime, memory.LastHeartbeatTime));
        Assert.False(NodeStatusBuilder.SameStatus(before, after));
    }

    [Fact]
    public void SameStatus_OnlyHeartbeatsMoved_True()
    {
        var options = new KubeletOptions { NodeName = "n1" };
        var before = NodeStatusBuilder.Status(options, Inputs([]), null);

        var after = NodeStatusBuilder.Status(options, Inputs([]) with { Now = Now.AddSeconds(10) }, before);

        Assert.True(NodeStatusBuilder.SameStatus(before, after));
    }

    [Fact]
    public void Status_Images_LargestFirstDigestsThenTags()
    {
        Runtime.Image small = new() { Id = "a", RepoTags = ["small:1"], Size = 10 };
        Runtime.Image large = new() { Id = "b", RepoTags = ["large:1"], RepoDigests = ["large@sha256:00"], Size = 1000 };

        var status = NodeStatusBuilder.Status(new KubeletOptions(), Inputs([]) with { Images = [small, large] }, null);

        Assert.Equal([["large@sha256:00", "large:1"], ["small:1"]], status.Images!.Select(i => i.Names));
        Assert.Equal(1000, status.Images![0].SizeBytes);
    }

    [Fact]
    public void Build_Node_WellKnownLabelsAndPodCidr()
    {
        var node = NodeStatusBuilder.Build(new KubeletOptions { NodeName = "n1", PodCidr = "10.42.0.0/24" }, Inputs([]));

        Assert.Equal("n1", node.Metadata.Labels!["kubernetes.io/hostname"]);
        Assert.Equal(("linux", "amd64"), (node.Metadata.Labels["kubernetes.io/os"], node.Metadata.Labels["kubernetes.io/arch"]));
        Assert.Equal("10.42.0.0/24", node.Spec.PodCIDR);
        Assert.Equal(["10.42.0.0/24"], node.Spec.PodCIDRs!);
    }

    private static NodeStatusInputs Inputs(IReadOnlyList<string> errors) => new()
    {
        Machine = Machine,
        NodeIP = "192.0.2.10",
        RuntimeVersion = "kubesharp://0.1.0",
        RuntimeErrors = errors,
        Now = Now,
    };
}
