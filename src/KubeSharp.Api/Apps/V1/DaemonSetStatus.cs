using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Apps.V1;

public sealed class DaemonSetStatus : KubeModel
{
    public int CurrentNumberScheduled { get; set; }

    public int NumberMisscheduled { get; set; }

    public int DesiredNumberScheduled { get; set; }

    public int NumberReady { get; set; }

    public long? ObservedGeneration { get; set; }

    public int? UpdatedNumberScheduled { get; set; }

    public int? NumberAvailable { get; set; }

    public int? NumberUnavailable { get; set; }

    public int? CollisionCount { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<DaemonSetCondition>? Conditions { get; set; }
}
