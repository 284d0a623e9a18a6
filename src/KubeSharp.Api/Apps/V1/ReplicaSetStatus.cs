using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Apps.V1;

public sealed class ReplicaSetStatus : KubeModel
{
    public int Replicas { get; set; }

    public int? FullyLabeledReplicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? AvailableReplicas { get; set; }

    public int? TerminatingReplicas { get; set; }

    public long? ObservedGeneration { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<ReplicaSetCondition>? Conditions { get; set; }
}
