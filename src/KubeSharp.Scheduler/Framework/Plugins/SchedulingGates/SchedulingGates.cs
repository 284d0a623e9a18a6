using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.SchedulingGates;

/// <summary>Keeps pods with spec.schedulingGates out of the active queue (upstream's schedulinggates plugin).</summary>
public sealed class SchedulingGates : IPreEnqueuePlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.SchedulingGates;

    public string Name => PluginName;

    public Status? PreEnqueue(Pod pod)
    {
        if (pod.Spec.SchedulingGates is not { Count: > 0 } gates)
        {
            return null;
        }

        var names = new string[gates.Count];
        for (var i = 0; i < gates.Count; i++)
        {
            names[i] = gates[i].Name;
        }

        // Go's %v of a string slice: "[a b]".
        return new Status(Code.UnschedulableAndUnresolvable, $"waiting for scheduling gates: [{string.Join(" ", names)}]");
    }

    /// <summary>Only removing the gates (an update of the pod itself) helps; the queue handles pod updates directly.</summary>
    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
        [new ClusterEventWithHint(new ClusterEvent(EventResource.Pod, ActionType.UpdatePodSchedulingGatesEliminated, "PodSchedulingGatesEliminated"))];
}
