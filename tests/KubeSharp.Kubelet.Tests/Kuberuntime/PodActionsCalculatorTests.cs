using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Kubelet.Kuberuntime;
using KubeSharp.Runtime;
using ApiContainer = KubeSharp.Api.Core.V1.Container;
using CriState = KubeSharp.Runtime.ContainerState;
using RuntimeContainerStatus = KubeSharp.Runtime.ContainerStatus;

namespace KubeSharp.Kubelet.Tests.Kuberuntime;

public sealed class PodActionsCalculatorTests
{
    private static readonly PodSandboxStatus ReadySandbox = new()
    {
        Id = "sb1",
        State = PodSandboxState.Ready,
        Network = new PodSandboxNetworkStatus { Ip = "10.42.0.9" },
        NamespaceOptions = new NamespaceOption { Network = NamespaceMode.Pod },
    };

    [Fact]
    public void Compute_NoSandbox_CreatesOneAndStartsTheFirstInitContainer()
    {
        var actions = PodActionsCalculator.Compute(NewPod(RestartPolicy.Always, ["i1", "i2"], ["a", "b"]), new RuntimePodStatus());

        Assert.True(actions.CreateSandbox);
        Assert.Equal(0u, actions.Attempt);
        Assert.Equal("i1", actions.NextInitContainerToStart?.Name);
        Assert.Empty(actions.ContainersToStart);
    }

    [Fact]
    public void Compute_NoSandboxNoInit_StartsEveryContainer()
    {
        var actions = PodActionsCalculator.Compute(NewPod(RestartPolicy.Always, [], ["a", "b"]), new RuntimePodStatus());

        Assert.Equal([0, 1], actions.ContainersToStart);
    }

    [Theory]
    [InlineData(new[] { "i1:exited:0" }, "i2", false)]
    [InlineData(new[] { "i1:running:0" }, null, false)]
    [InlineData(new[] { "i1:exited:0", "i2:exited:0" }, null, true)]
    [InlineData(new[] { "i1:exited:1" }, "i1", false)]
    public void FindNextInitContainerToRun_States_NextInOrder(string[] containers, string? next, bool done)
    {
        var pod = NewPod(RestartPolicy.Always, ["i1", "i2"], ["a"]);

        var (_, nextContainer, isDone) = PodActionsCalculator.FindNextInitContainerToRun(pod, Status(containers));

        Assert.Equal((next, done), (nextContainer?.Name, isDone));
    }

    [Fact]
    public void Compute_InitFailedRestartNever_KillsThePod()
    {
        var actions = PodActionsCalculator.Compute(NewPod(RestartPolicy.Never, ["i1"], ["a"]), Status(["i1:exited:1"]));

        Assert.True(actions.KillPod);
        Assert.Null(actions.NextInitContainerToStart);
    }

    [Theory]
    [InlineData(RestartPolicy.Always, 0, true)]
    [InlineData(RestartPolicy.Always, 1, true)]
    [InlineData(RestartPolicy.OnFailure, 0, false)]
    [InlineData(RestartPolicy.OnFailure, 1, true)]
    [InlineData(RestartPolicy.Never, 1, false)]
    public void Compute_ContainerExited_RestartsAsThePolicySays(string policy, int exitCode, bool restarts)
    {
        var pod = NewPod(policy, [], ["a", "b"]);

        var actions = PodActionsCalculator.Compute(pod, Status([$"a:exited:{exitCode}", "b:running:0"]));

        Assert.Equal(restarts, actions.ContainersToStart.Contains(0));
        Assert.False(actions.KillPod);
    }

    [Fact]
    public void Compute_AllExitedNothingToRestart_KillsThePod()
    {
        var actions = PodActionsCalculator.Compute(NewPod(RestartPolicy.Never, [], ["a"]), Status(["a:exited:0"]));

        Assert.True(actions.KillPod);
        Assert.Empty(actions.ContainersToStart);
    }

    [Fact]
    public void Compute_SandboxDeadAfterRunRestartNever_DoesNotCreateASandbox()
    {
        var status = Status(["a:exited:0"]) with { Sandboxes = [ReadySandbox with { State = PodSandboxState.NotReady }] };

        var actions = PodActionsCalculator.Compute(NewPod(RestartPolicy.Never, [], ["a"]), status);

        Assert.False(actions.CreateSandbox);
    }

    [Fact]
    public void Compute_SandboxDead_RecreatesItWithTheNextAttempt()
    {
        var status = Status(["a:running:0"]) with { Sandboxes = [ReadySandbox with { State = PodSandboxState.NotReady, Metadata = new PodSandboxMetadata { Attempt = 2 } }] };

        var actions = PodActionsCalculator.Compute(NewPod(RestartPolicy.Always, [], ["a"]), status);

        Assert.Equal((true, true, 3u), (actions.CreateSandbox, actions.KillPod, actions.Attempt));
    }

    [Fact]
    public void Compute_SpecChanged_KillsAndRestartsTheContainer()
    {
        var pod = NewPod(RestartPolicy.Always, [], ["a"]);
        var status = Status(["a:running:0"]);
        var stale = status.Containers[0] with { Labels = new Dictionary<string, string> { [KubeletLabels.ContainerHash] = "00000000" } };
        status = status with { Containers = [stale] };

        var actions = PodActionsCalculator.Compute(pod, status);

        Assert.Equal([0], actions.ContainersToStart);
        Assert.Equal("Container a definition changed, will be restarted", actions.ContainersToKill["id-a"].Message);
    }

    [Fact]
    public void Compute_LivenessFailed_KillsWithUpstreamMessage()
    {
        var pod = NewPod(RestartPolicy.Always, [], ["a"]);

        var actions = PodActionsCalculator.Compute(pod, Status(["a:running:0"]), (_, _) => true);

        Assert.Equal("Container a failed liveness probe, will be restarted", actions.ContainersToKill["id-a"].Message);
    }

    private static Pod NewPod(string restartPolicy, string[] init, string[] containers) => new()
    {
        Metadata = new ObjectMeta { Name = "p", Namespace = "ns", Uid = "u1" },
        Spec = new PodSpec
        {
            RestartPolicy = restartPolicy,
            InitContainers = init.Length > 0 ? init.Select(n => new ApiContainer { Name = n, Image = "busybox" }).ToList() : null,
            Containers = containers.Select(n => new ApiContainer { Name = n, Image = "busybox" }).ToList(),
        },
    };

    /// <summary>"name:state:exitCode" per container, in a ready sandbox.</summary>
    private static RuntimePodStatus Status(string[] containers) => new()
    {
        Uid = "u1",
        Sandboxes = [ReadySandbox],
        Containers = containers.Select(c =>
        {
            var parts = c.Split(':');
            return new RuntimeContainerStatus
            {
                Id = "id-" + parts[0],
                Metadata = new ContainerMetadata { Name = parts[0] },
                State = parts[1] == "running" ? CriState.Running : CriState.Exited,
                ExitCode = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
                Labels = new Dictionary<string, string> { [KubeletLabels.ContainerHash] = ContainerHash.Of(new ApiContainer { Name = parts[0], Image = "busybox" }) },
            };
        }).ToList(),
    };
}
