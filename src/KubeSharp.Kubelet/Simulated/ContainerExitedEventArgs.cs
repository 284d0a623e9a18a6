using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>A simulated container's program ended on its own (CRI's CONTAINER_STOPPED_EVENT, what the evented PLEG hears).</summary>
public sealed class ContainerExitedEventArgs(string containerId, PodSandbox sandbox) : EventArgs
{
    public string ContainerId { get; } = containerId;

    /// <summary>The sandbox the container ran in; its labels name the pod.</summary>
    public PodSandbox Sandbox { get; } = sandbox;
}
