namespace KubeSharp.Scheduler.Framework;

/// <summary>Something changed in the cluster (upstream's framework.ClusterEvent).</summary>
public sealed record ClusterEvent(string Resource, ActionType ActionType, string Label)
{
    public static readonly ClusterEvent AssignedPodAdd = new(EventResource.AssignedPod, ActionType.Add, "AssignedPodAdd");
    public static readonly ClusterEvent AssignedPodUpdate = new(EventResource.AssignedPod, ActionType.Update, "AssignedPodUpdate");
    public static readonly ClusterEvent AssignedPodDelete = new(EventResource.AssignedPod, ActionType.Delete, "AssignedPodDelete");
    public static readonly ClusterEvent NodeAdd = new(EventResource.Node, ActionType.Add, "NodeAdd");
    public static readonly ClusterEvent UnschedulableTimeout = new(EventResource.WildCard, ActionType.All, "UnschedulableTimeout");
    public static readonly ClusterEvent ForceActivate = new(EventResource.WildCard, ActionType.All, "ForceActivate");

    /// <summary>True when this registered event covers the one that happened (upstream's ClusterEvent.Match).</summary>
    public bool Match(ClusterEvent happened) =>
        (Resource == EventResource.WildCard || Resource == happened.Resource
            || (Resource == EventResource.Pod && happened.Resource is EventResource.AssignedPod or EventResource.UnschedulablePod))
        && (ActionType & happened.ActionType) != 0;

    public bool IsWildCard => Resource == EventResource.WildCard && ActionType == ActionType.All;
}
