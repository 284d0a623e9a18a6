namespace KubeSharp.Api.Core.V1;

/// <summary>A pod's status with its metadata, as the kubelet returns it.</summary>
[Kind("", "v1", "PodStatusResult")]
public sealed class PodStatusResult : KubeObject
{
    public PodStatus Status { get; set; } = new();
}
