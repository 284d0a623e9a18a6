namespace KubeSharp.Api.Core.V1;

/// <summary>
/// A temporary container added to a running pod (kubectl debug) through the ephemeralcontainers subresource. It is
/// never restarted and has no resources or probes of its own.
/// </summary>
public sealed class EphemeralContainer : EphemeralContainerCommon
{
    /// <summary>The container whose namespaces (PID, IPC, …) it joins; the pod's when unset.</summary>
    public string? TargetContainerName { get; set; }
}
