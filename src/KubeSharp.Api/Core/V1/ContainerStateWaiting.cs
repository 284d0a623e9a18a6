namespace KubeSharp.Api.Core.V1;

/// <summary>A container that is not running yet, with why (ContainerCreating, ImagePullBackOff, CrashLoopBackOff, …).</summary>
public sealed class ContainerStateWaiting : KubeModel
{
    public string? Reason { get; set; }

    public string? Message { get; set; }
}
