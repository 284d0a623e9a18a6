namespace KubeSharp.Scheduler.Framework;

/// <summary>What happened to the object (upstream's framework.ActionType), as flags.</summary>
[Flags]
public enum ActionType : long
{
    None = 0,
    Add = 1 << 0,
    Delete = 1 << 1,
    UpdateNodeAllocatable = 1 << 2,
    UpdateNodeLabel = 1 << 3,
    UpdateNodeTaint = 1 << 4,
    UpdateNodeCondition = 1 << 5,
    UpdateNodeAnnotation = 1 << 6,
    UpdatePodLabel = 1 << 7,
    UpdatePodScaleDown = 1 << 8,
    UpdatePodToleration = 1 << 9,
    UpdatePodSchedulingGatesEliminated = 1 << 10,
    UpdatePodGeneratedResourceClaim = 1 << 11,

    /// <summary>Any update.</summary>
    Update = UpdateNodeAllocatable | UpdateNodeLabel | UpdateNodeTaint | UpdateNodeCondition | UpdateNodeAnnotation
        | UpdatePodLabel | UpdatePodScaleDown | UpdatePodToleration | UpdatePodSchedulingGatesEliminated
        | UpdatePodGeneratedResourceClaim,

    All = Add | Delete | Update,
}
