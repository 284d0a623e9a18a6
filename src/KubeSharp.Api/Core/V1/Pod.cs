namespace KubeSharp.Api.Core.V1;

/// <summary>A group of containers that share a network and volumes and run together on one node.</summary>
[Kind("", "v1", "Pod")]
public sealed class Pod : KubeObject
{
    /// <summary>A struct upstream, so always written.</summary>
    public PodSpec Spec { get; set; } = new();

    /// <summary>A struct upstream, so always written (as <c>{}</c> before anything reports).</summary>
    public PodStatus Status { get; set; } = new();
}
