using KubeSharp.Api.Core.V1;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>What one sync must do to a pod (upstream's podActions in kuberuntime_manager.go).</summary>
public sealed record PodActions
{
    /// <summary>Stop every container and sandbox of the pod first (the sandbox is being replaced, or the pod is done).</summary>
    public bool KillPod { get; init; }

    public bool CreateSandbox { get; init; }

    /// <summary>The ready sandbox to start containers in, when one is kept.</summary>
    public string? SandboxId { get; init; }

    /// <summary>The attempt number of the sandbox to create.</summary>
    public uint Attempt { get; init; }

    /// <summary>The init container to start next, if the pod is still initializing.</summary>
    public Container? NextInitContainerToStart { get; init; }

    /// <summary>App containers to start, by index into spec.containers.</summary>
    public IReadOnlyList<int> ContainersToStart { get; init; } = [];

    /// <summary>Running containers to stop, by runtime ID, with the spec they run and why (for the Killing event).</summary>
    public IReadOnlyDictionary<string, (Container Spec, string Message)> ContainersToKill { get; init; } = new Dictionary<string, (Container, string)>();
}
