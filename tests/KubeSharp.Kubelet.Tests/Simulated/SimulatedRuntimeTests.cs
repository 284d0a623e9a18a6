using KubeSharp.Kubelet.Simulated;
using KubeSharp.Runtime;
using KubeSharp.Testing.Time;

namespace KubeSharp.Kubelet.Tests.Simulated;

public sealed class SimulatedRuntimeTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task RunPodSandbox_WithPodCidr_HandsOutAddressesAfterTheGateway()
    {
        using var runtime = await RuntimeAsync("10.128.5.0/24");

        var first = await runtime.RunPodSandboxAsync(Sandbox("a"));
        var second = await runtime.RunPodSandboxAsync(Sandbox("b"));

        Assert.Equal("10.128.5.2", (await runtime.PodSandboxStatusAsync(first)).Status.Network?.Ip);
        Assert.Equal("10.128.5.3", (await runtime.PodSandboxStatusAsync(second)).Status.Network?.Ip);
    }

    [Fact]
    public async Task RunPodSandbox_AddressReleasedByRemove_IsReused()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/29");
        List<string> ids = [];
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await runtime.RunPodSandboxAsync(Sandbox("p" + i)));
        }

        var full = await Assert.ThrowsAsync<RuntimeException>(() => runtime.RunPodSandboxAsync(Sandbox("late")));
        Assert.Equal(RuntimeErrorCode.ResourceExhausted, full.Code);

        await runtime.RemovePodSandboxAsync(ids[2]);
        var reused = await runtime.RunPodSandboxAsync(Sandbox("late"));
        Assert.Equal("10.0.0.4", (await runtime.PodSandboxStatusAsync(reused)).Status.Network?.Ip);
    }

    [Fact]
    public async Task RunPodSandbox_WithoutPodCidr_FailsPrecondition()
    {
        using var runtime = new SimulatedRuntime(_time);

        var error = await Assert.ThrowsAsync<RuntimeException>(() => runtime.RunPodSandboxAsync(Sandbox("a")));

        Assert.Equal(RuntimeErrorCode.FailedPrecondition, error.Code);
    }

    [Fact]
    public async Task RunPodSandbox_HostNetwork_HasNoPodAddress()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        var config = Sandbox("h") with
        {
            Linux = new LinuxPodSandboxConfig
            {
                SecurityContext = new LinuxSandboxSecurityContext { NamespaceOptions = new NamespaceOption { Network = NamespaceMode.Node } },
            },
        };

        var id = await runtime.RunPodSandboxAsync(config);

        Assert.Null((await runtime.PodSandboxStatusAsync(id)).Status.Network);
    }

    [Fact]
    public async Task RunPodSandbox_SameMetadataTwice_AlreadyExists()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        await runtime.RunPodSandboxAsync(Sandbox("a"));

        var error = await Assert.ThrowsAsync<RuntimeException>(() => runtime.RunPodSandboxAsync(Sandbox("a")));

        Assert.Equal(RuntimeErrorCode.AlreadyExists, error.Code);
    }

    [Fact]
    public async Task StartContainer_NoProgramAnnotation_RunsUntilStopped()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        var (sandbox, config) = await SandboxAsync(runtime, "a", []);
        var id = await runtime.CreateContainerAsync(sandbox, Container("app"), config);
        await runtime.StartContainerAsync(id);

        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(ContainerState.Running, (await runtime.ContainerStatusAsync(id)).Status.State);

        await runtime.StopContainerAsync(id, TimeSpan.FromSeconds(30));
        var status = (await runtime.ContainerStatusAsync(id)).Status;
        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(143, status.ExitCode);
    }

    [Theory]
    [InlineData(SimulatedAnnotations.CompleteAfter, "5s", 0, ContainerStatus.CompletedReason)]
    [InlineData(SimulatedAnnotations.FailAfter, "5s", 1, ContainerStatus.ErrorReason)]
    public async Task StartContainer_ProgramAnnotation_ExitsOnItsOwnAndTells(string annotation, string after, int exitCode, string reason)
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        var (sandbox, config) = await SandboxAsync(runtime, "a", new Dictionary<string, string> { [annotation] = after });
        var id = await runtime.CreateContainerAsync(sandbox, Container("app"), config);
        List<string> exited = [];
        runtime.ContainerExited += (_, e) => exited.Add(e.ContainerId + " " + e.Sandbox.Labels[RuntimeLabels.PodName]);
        await runtime.StartContainerAsync(id);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty(exited);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([id + " a"], exited);
        var status = (await runtime.ContainerStatusAsync(id)).Status;
        Assert.Equal((ContainerState.Exited, exitCode, reason), (status.State, status.ExitCode, status.Reason));
        Assert.Equal(_time.GetUtcNow(), status.FinishedAt);
    }

    [Fact]
    public async Task CreateContainer_ContainerAnnotation_WinsOverThePods()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        var (sandbox, config) = await SandboxAsync(runtime, "a", new Dictionary<string, string> { [SimulatedAnnotations.FailAfter] = "1h" });
        var id = await runtime.CreateContainerAsync(sandbox, Container("init") with { Annotations = new Dictionary<string, string> { [SimulatedAnnotations.CompleteAfter] = "0s" } }, config);
        await runtime.StartContainerAsync(id);

        _time.Advance(TimeSpan.Zero);

        Assert.Equal((ContainerState.Exited, 0), ((await runtime.ContainerStatusAsync(id)).Status.State, (await runtime.ContainerStatusAsync(id)).Status.ExitCode));
    }

    [Fact]
    public async Task CreateContainer_BadDuration_InvalidArgument()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        var (sandbox, config) = await SandboxAsync(runtime, "a", new Dictionary<string, string> { [SimulatedAnnotations.CompleteAfter] = "soon" });

        var error = await Assert.ThrowsAsync<RuntimeException>(() => runtime.CreateContainerAsync(sandbox, Container("app"), config));

        Assert.Equal(RuntimeErrorCode.InvalidArgument, error.Code);
        Assert.Contains(SimulatedAnnotations.CompleteAfter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovePodSandbox_RemovesItsContainers_AndIsIdempotent()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");
        var (sandbox, config) = await SandboxAsync(runtime, "a", []);
        var id = await runtime.CreateContainerAsync(sandbox, Container("app"), config);

        await runtime.RemovePodSandboxAsync(sandbox);
        await runtime.RemovePodSandboxAsync(sandbox);

        Assert.Empty(await runtime.ListContainersAsync());
        Assert.Equal(RuntimeErrorCode.NotFound, (await Assert.ThrowsAsync<RuntimeException>(() => runtime.ContainerStatusAsync(id))).Code);
        Assert.Equal(0, runtime.SandboxCount);
    }

    [Fact]
    public async Task ExecSync_NoProcesses_FailsWithAMessage()
    {
        using var runtime = await RuntimeAsync("10.0.0.0/24");

        var error = await Assert.ThrowsAsync<RuntimeException>(() => runtime.ExecSyncAsync("x", ["ls"], TimeSpan.Zero));

        Assert.Contains("simulated", error.Message, StringComparison.Ordinal);
    }

    private async Task<SimulatedRuntime> RuntimeAsync(string podCidr)
    {
        var runtime = new SimulatedRuntime(_time);
        await runtime.UpdateRuntimeConfigAsync(new RuntimeConfig { PodCidr = podCidr });
        return runtime;
    }

    private static async Task<(string Id, PodSandboxConfig Config)> SandboxAsync(SimulatedRuntime runtime, string name, Dictionary<string, string> annotations)
    {
        var config = Sandbox(name) with { Annotations = annotations };
        return (await runtime.RunPodSandboxAsync(config), config);
    }

    private static PodSandboxConfig Sandbox(string name) => new()
    {
        Metadata = new PodSandboxMetadata { Name = name, Namespace = "default", Uid = "uid-" + name },
        Labels = new Dictionary<string, string> { [RuntimeLabels.PodName] = name, [RuntimeLabels.PodNamespace] = "default" },
    };

    private static ContainerConfig Container(string name) => new()
    {
        Metadata = new ContainerMetadata { Name = name },
        Image = new ImageSpec("registry.example/app:1"),
    };
}
