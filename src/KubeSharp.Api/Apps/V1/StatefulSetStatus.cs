using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Apps.V1;

public sealed class StatefulSetStatus : KubeModel
{
    public long? ObservedGeneration { get; set; }

    public int Replicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? CurrentReplicas { get; set; }

    public int? UpdatedReplicas { get; set; }

    public string? CurrentRevision { get; set; }

    public string? UpdateRevision { get; set; }

    public int? CollisionCount { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<StatefulSetCondition>? Conditions { get; set; }

    public int AvailableReplicas { get; set; }
}
