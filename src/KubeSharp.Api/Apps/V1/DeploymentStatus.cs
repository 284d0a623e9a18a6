using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Apps.V1;

public sealed class DeploymentStatus : KubeModel
{
    public long? ObservedGeneration { get; set; }

    public int? Replicas { get; set; }

    public int? UpdatedReplicas { get; set; }

    public int? ReadyReplicas { get; set; }

    public int? AvailableReplicas { get; set; }

    public int? UnavailableReplicas { get; set; }

    /// <summary>Pods with a deletionTimestamp not yet Succeeded or Failed (alpha, DeploymentPodReplacementPolicy).</summary>
    public int? TerminatingReplicas { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<DeploymentCondition>? Conditions { get; set; }

    public int? CollisionCount { get; set; }
}
