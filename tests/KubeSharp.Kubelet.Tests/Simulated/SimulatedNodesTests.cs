using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Kubelet.Simulated;
using KubeSharp.Machinery.Errors;

namespace KubeSharp.Kubelet.Tests.Simulated;

public sealed class SimulatedNodesTests(SimulatedClusterFixture cluster) : IClassFixture<SimulatedClusterFixture>
{
    [Fact]
    public async Task StartAsync_Nodes_RegisteredReadyWithKwokLabelsAndCapacity()
    {
        var nodes = await cluster.Client.Resource<Node>().ListAsync();

        var names = nodes.Items.Select(n => n.Metadata.Name).Order().ToList();
        Assert.Equal(["sim-node-0", "sim-node-1", "sim-node-2"], names);
        foreach (var node in nodes.Items)
        {
            var ready = node.Status.Conditions?.SingleOrDefault(c => c.Type == NodeConditionType.Ready);
            Assert.Equal(("True", "KubeletReady"), (ready?.Status, ready?.Reason));
            Assert.Equal("kwok", node.Metadata.Labels?["type"]);
            Assert.Equal(node.Metadata.Name, node.Metadata.Labels?["kubernetes.io/hostname"]);
            Assert.Equal("110", node.Status.Capacity?["pods"].ToString());
            Assert.Equal("256Gi", node.Status.Allocatable?["memory"].ToString());
        }

        var second = nodes.Items.Single(n => n.Metadata.Name == "sim-node-1");
        Assert.Equal(("10.128.1.0/24", "zone-b"), (second.Spec.PodCIDR, second.Metadata.Labels?["topology.kubernetes.io/zone"]));
    }

    [Fact]
    public async Task Leases_AfterTheRenewInterval_AreRenewed()
    {
        var leases = cluster.Client.Resource<Lease>().Namespace("kube-node-lease");
        var before = await leases.GetAsync("sim-node-2");
        Assert.Equal(("sim-node-2", 40), (before.Spec.HolderIdentity, before.Spec.LeaseDurationSeconds));
        Assert.Equal("Node", Assert.Single(before.Metadata.OwnerReferences ?? []).Kind);

        await cluster.RunClockUntilAsync(
            async () => (await leases.GetAsync("sim-node-2")).Spec.RenewTime > before.Spec.RenewTime,
            "the lease to be renewed");
    }

    [Fact]
    public async Task Pod_BoundToASimulatedNode_RunsReadyWithAnIPFromTheNodesCidr()
    {
        var pods = cluster.Client.Resource<Pod>().Namespace("default");
        await pods.CreateAsync(Pod("runs", "sim-node-1"));

        var pod = await UntilAsync("runs", p => p.Status.Conditions?.Any(c => c.Type == PodConditionType.Ready && c.Status == "True") == true);

        Assert.Equal(PodPhase.Running, pod.Status.Phase);
        Assert.StartsWith("10.128.1.", pod.Status.PodIP, StringComparison.Ordinal);
        Assert.Equal("10.127.0.2", pod.Status.HostIP);
        var container = Assert.Single(pod.Status.ContainerStatuses ?? []);
        Assert.True(container.Ready);
        Assert.NotNull(container.State.Running);
        Assert.StartsWith("kubesharp-simulated://", container.ContainerID, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pod_NotReadyAnnotation_RunsButStaysNotReady()
    {
        var pods = cluster.Client.Resource<Pod>().Namespace("default");
        var created = Pod("lags", "sim-node-0");
        created.Metadata.Annotations = new() { [SimulatedAnnotations.NotReady] = "true" };
        await pods.CreateAsync(created);

        var pod = await UntilAsync("lags", p => p.Status.Phase == PodPhase.Running);

        var ready = pod.Status.Conditions!.Single(c => c.Type == PodConditionType.Ready);
        Assert.Equal(("False", "ContainersNotReady"), (ready.Status, ready.Reason));
    }

    [Fact]
    public async Task Pod_CompleteAfter_SucceedsOnceTheDelayPasses()
    {
        var pods = cluster.Client.Resource<Pod>().Namespace("default");
        var created = Pod("job", "sim-node-2");
        created.Spec.RestartPolicy = RestartPolicy.Never;
        created.Metadata.Annotations = new() { [SimulatedAnnotations.CompleteAfter] = "30s" };
        await pods.CreateAsync(created);
        await UntilAsync("job", p => p.Status.Phase == PodPhase.Running);

        await cluster.RunClockUntilAsync(async () => (await pods.GetAsync("job")).Status.Phase == PodPhase.Succeeded, "the pod to succeed", TimeSpan.FromSeconds(1));

        var terminated = (await pods.GetAsync("job")).Status.ContainerStatuses![0].State.Terminated;
        Assert.Equal((0, "Completed"), (terminated?.ExitCode, terminated?.Reason));
    }

    [Fact]
    public async Task Pod_FailAfterWithRestartAlways_CrashLoopsThenRestarts()
    {
        var pods = cluster.Client.Resource<Pod>().Namespace("default");
        var created = Pod("crashes", "sim-node-0");
        created.Metadata.Annotations = new() { [SimulatedAnnotations.FailAfter] = "2s" };
        await pods.CreateAsync(created);
        await UntilAsync("crashes", p => p.Status.Phase == PodPhase.Running);

        await cluster.RunClockUntilAsync(
            async () => (await pods.GetAsync("crashes")).Status.ContainerStatuses?[0].RestartCount >= 1,
            "the container to restart",
            TimeSpan.FromSeconds(1));

        var status = (await pods.GetAsync("crashes")).Status.ContainerStatuses![0];
        Assert.Equal(1, status.LastTerminationState.Terminated?.ExitCode);
    }

    [Fact]
    public async Task Pod_DeletedGracefully_IsStoppedAndRemoved()
    {
        var pods = cluster.Client.Resource<Pod>().Namespace("default");
        await pods.CreateAsync(Pod("leaves", "sim-node-2"));
        await UntilAsync("leaves", p => p.Status.Phase == PodPhase.Running);

        await pods.DeleteAsync("leaves", new DeleteOptions { GracePeriodSeconds = 30 });

        var deadline = TimeProvider.System.GetUtcNow() + Testing.Time.Wait.DefaultTimeout;
        while (true)
        {
            try
            {
                await pods.GetAsync("leaves");
            }
            catch (ApiException error) when (ApiErrors.IsNotFound(error))
            {
                break;
            }

            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "the pod was not removed");
            await Task.Delay(20);
        }
    }

    private async Task<Pod> UntilAsync(string name, Func<Pod, bool> condition)
    {
        var pods = cluster.Client.Resource<Pod>().Namespace("default");
        Pod? last = null;
        await Testing.Time.Wait.UntilAsync(
            () =>
            {
                last = pods.GetAsync(name).GetAwaiter().GetResult();
                return condition(last);
            },
            $"pod {name} to reach the expected state");
        return last!;
    }

    private static Pod Pod(string name, string node) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Spec = new PodSpec
        {
            NodeName = node,
            Containers = [new Container { Name = "app", Image = "registry.example/app:1" }],
        },
    };
}
