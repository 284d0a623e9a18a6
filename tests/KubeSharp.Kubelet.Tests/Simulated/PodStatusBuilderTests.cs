using KubeSharp.Api.Core.V1;
using KubeSharp.Kubelet.Simulated;

namespace KubeSharp.Kubelet.Tests.Simulated;

public sealed class PodStatusBuilderTests
{
    // One letter per container: R running, W waiting (never started), S exited 0, F exited 1, C crash-looping (waiting after an exit).
    [Theory]
    [InlineData("Always", "", "RR", false, PodPhase.Running)]
    [InlineData("Always", "", "RW", false, PodPhase.Pending)]
    [InlineData("Always", "", "SS", false, PodPhase.Running)]
    [InlineData("Always", "", "RC", false, PodPhase.Running)]
    [InlineData("Never", "", "SS", false, PodPhase.Succeeded)]
    [InlineData("Never", "", "SF", false, PodPhase.Failed)]
    [InlineData("Never", "", "RF", false, PodPhase.Running)]
    [InlineData("OnFailure", "", "SS", false, PodPhase.Succeeded)]
    [InlineData("OnFailure", "", "SF", false, PodPhase.Running)]
    [InlineData("Always", "R", "WW", false, PodPhase.Pending)]
    [InlineData("Always", "S", "RR", false, PodPhase.Running)]
    [InlineData("Never", "F", "WW", false, PodPhase.Failed)]
    [InlineData("Always", "F", "WW", false, PodPhase.Pending)]
    [InlineData("Always", "", "FF", true, PodPhase.Failed)]
    [InlineData("Always", "", "SS", true, PodPhase.Succeeded)]
    public void Phase_ContainerStates_AsUpstreamGetPhase(string restartPolicy, string init, string containers, bool terminating, string expected) =>
        Assert.Equal(expected, PodStatusBuilder.Phase(restartPolicy, Statuses(init), Statuses(containers), terminating));

    [Fact]
    public void Build_RunningNotReadyAnnotation_ReadyFalseWithUpstreamsMessage()
    {
        var (pod, node, views) = RunningPod();

        var status = PodStatusBuilder.Build(pod, node, "10.128.0.2", true, [], views, notReady: true, terminating: false, Now, Now);

        Assert.Equal(PodPhase.Running, status.Phase);
        var ready = status.Conditions!.Single(c => c.Type == PodConditionType.Ready);
        Assert.Equal(("False", "ContainersNotReady", "containers with unready status: [app]"), (ready.Status, ready.Reason, ready.Message));
        Assert.False(status.ContainerStatuses![0].Ready);
        Assert.True(status.ContainerStatuses[0].Started);
    }

    [Fact]
    public void Build_Running_ReadyWithIPsAndKeepsSchedulerConditions()
    {
        var (pod, node, views) = RunningPod();
        pod.Status.Conditions = [new PodCondition { Type = PodConditionType.PodScheduled, Status = "True" }];

        var status = PodStatusBuilder.Build(pod, node, "10.128.0.2", true, [], views, notReady: false, terminating: false, Now, Now);

        Assert.Equal(["PodScheduled", "PodReadyToStartContainers", "Initialized", "ContainersReady", "Ready"], status.Conditions!.Select(c => c.Type));
        Assert.All(status.Conditions!, c => Assert.Equal("True", c.Status));
        Assert.Equal(("10.128.0.2", "10.127.0.1"), (status.PodIP, status.HostIP));
        Assert.StartsWith(PodStatusBuilder.ContainerIdPrefix, status.ContainerStatuses![0].ContainerID, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReadinessGateMissing_NotReady()
    {
        var (pod, node, views) = RunningPod();
        pod.Spec.ReadinessGates = [new PodReadinessGate { ConditionType = "example.com/lb" }];

        var status = PodStatusBuilder.Build(pod, node, "10.128.0.2", true, [], views, notReady: false, terminating: false, Now, Now);

        var ready = status.Conditions!.Single(c => c.Type == PodConditionType.Ready);
        Assert.Equal(("False", "ReadinessGatesNotReady"), (ready.Status, ready.Reason));
        Assert.Equal("True", status.Conditions!.Single(c => c.Type == PodConditionType.ContainersReady).Status);
    }

    [Fact]
    public void Build_ConditionUnchanged_KeepsTransitionTime()
    {
        var (pod, node, views) = RunningPod();
        var first = PodStatusBuilder.Build(pod, node, "10.128.0.2", true, [], views, notReady: false, terminating: false, Now, Now);
        pod.Status = first;

        var later = PodStatusBuilder.Build(pod, node, "10.128.0.2", true, [], views, notReady: false, terminating: false, Now, Now.AddMinutes(5));

        Assert.All(later.Conditions!, c => Assert.Equal(Now, c.LastTransitionTime));
    }

    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static (Pod Pod, SimulatedNode Node, List<ContainerView> Views) RunningPod()
    {
        var pod = new Pod
        {
            Metadata = new() { Name = "web", Namespace = "default", Uid = "u1" },
            Spec = new PodSpec { NodeName = "sim-node-0", Containers = [new Container { Name = "app", Image = "app:1" }] },
        };
        var node = new SimulatedNode(0, "sim-node-0", Ipv4Cidr.Parse("10.128.0.0/24"), "10.127.0.1", new SimulatedRuntime(TimeProvider.System));
        var runtime = new Runtime.ContainerStatus { Id = "abc", State = Runtime.ContainerState.Running, StartedAt = Now, ImageRef = "sha256:1" };
        return (pod, node, [new ContainerView(pod.Spec.Containers[0], new ContainerRecord { ContainerId = "abc" }, runtime)]);
    }

    private static List<ContainerStatus> Statuses(string states) =>
        [.. states.Select((state, i) => new ContainerStatus
        {
            Name = "c" + i,
            State = state switch
            {
                'R' => new ContainerState { Running = new ContainerStateRunning() },
                'S' => new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 0 } },
                'F' => new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1 } },
                _ => new ContainerState { Waiting = new ContainerStateWaiting { Reason = state == 'C' ? "CrashLoopBackOff" : "ContainerCreating" } },
            },
            LastTerminationState = state == 'C' ? new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1 } } : new ContainerState(),
        })];
}
