using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a ReplicationController.</summary>
public sealed class ReplicationControllerStatus : KubeModel
{
    /// <summary>Always written, zero included.</summary>
    public int Replicas { get; set; }

    public int? FullyLabeledReplicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? AvailableReplicas { get; set; }

    public long? ObservedGeneration { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<ReplicationControllerCondition>? Conditions { get; set; }
}
