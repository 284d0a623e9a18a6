using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a node, as its kubelet reports it.</summary>
public sealed class NodeStatus : KubeModel
{
    public Dictionary<string, Quantity>? Capacity { get; set; }

    /// <summary>What is left for pods after system reservations; defaults to capacity.</summary>
    public Dictionary<string, Quantity>? Allocatable { get; set; }

    /// <summary>Deprecated and never set: one of <see cref="NodePhase"/>.</summary>
    public string? Phase { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<NodeCondition>? Conditions { get; set; }

    /// <summary>Declared mergeable on type, which is not unique: replace the whole list when patching.</summary>
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<NodeAddress>? Addresses { get; set; }

    /// <summary>A struct upstream, so always written.</summary>
    public NodeDaemonEndpoints DaemonEndpoints { get; set; } = new();

    /// <summary>A struct upstream, so always written.</summary>
    public NodeSystemInfo NodeInfo { get; set; } = new();

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerImage>? Images { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? VolumesInUse { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<AttachedVolume>? VolumesAttached { get; set; }

    /// <summary>Deprecated: dynamic kubelet configuration.</summary>
    public NodeConfigStatus? Config { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<NodeRuntimeHandler>? RuntimeHandlers { get; set; }

    public NodeFeatures? Features { get; set; }
}
