namespace KubeSharp.Api.Core.V1;

/// <summary>A machine that runs pods (cluster-scoped).</summary>
[Kind("", "v1", "Node")]
public sealed class Node : KubeObject
{
    public NodeSpec Spec { get; set; } = new();

    public NodeStatus Status { get; set; } = new();
}
