using KubeSharp.Api.Core.V1;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>The latest attempt of one container of a pod, and what the one before it ended with.</summary>
internal sealed class ContainerRecord
{
    /// <summary>The runtime's ID of the latest attempt; null before the first is created.</summary>
    public string? ContainerId { get; set; }

    /// <summary>How many times the container was restarted (the latest attempt's number).</summary>
    public uint Attempt { get; set; }

    /// <summary>How the previous attempt ended: the status' lastState.</summary>
    public ContainerStateTerminated? LastTermination { get; set; }

    /// <summary>When a crashed container may start again (CrashLoopBackOff until then).</summary>
    public DateTimeOffset? BackOffUntil { get; set; }
}
