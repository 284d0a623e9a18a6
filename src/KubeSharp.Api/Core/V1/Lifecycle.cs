namespace KubeSharp.Api.Core.V1;

/// <summary>Hooks run after a container starts and before it stops, and the signal that stops it.</summary>
public sealed class Lifecycle : KubeModel
{
    /// <summary>Runs right after the container is created; if it fails the container is killed.</summary>
    public LifecycleHandler? PostStart { get; set; }

    /// <summary>Runs before the container is stopped by the API or the kubelet (not when it crashes).</summary>
    public LifecycleHandler? PreStop { get; set; }

    /// <summary>One of <see cref="Signal"/>; overrides the image's STOPSIGNAL. Needs spec.os.name.</summary>
    public string? StopSignal { get; set; }
}
