namespace KubeSharp.Api.Core.V1;

/// <summary>The node's swap memory.</summary>
public sealed class NodeSwapStatus : KubeModel
{
    /// <summary>Total swap in bytes.</summary>
    public long? Capacity { get; set; }
}
