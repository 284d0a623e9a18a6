using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Runs once per scheduling cycle before Filter: precomputes state, may narrow the nodes, may reject the pod
/// outright, or return Skip so its Filter is not called.
/// </summary>
public interface IPreFilterPlugin : IPlugin
{
    /// <summary>Adds or removes pods in the precomputed state (preemption and nominated pods); null if none.</summary>
    IPreFilterExtensions? PreFilterExtensions { get; }

    (PreFilterResult? Result, Status? Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes);
}
