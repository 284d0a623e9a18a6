namespace KubeSharp.Api.Core.V1;

/// <summary>Deprecated: the state of dynamic kubelet configuration.</summary>
public sealed class NodeConfigStatus : KubeModel
{
    public NodeConfigSource? Assigned { get; set; }

    public NodeConfigSource? Active { get; set; }

    public NodeConfigSource? LastKnownGood { get; set; }

    public string? Error { get; set; }
}
