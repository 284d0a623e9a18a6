using KubeSharp.Machinery.Labels;

namespace KubeSharp.Scheduler.Framework.Plugins.PodTopologySpread;

/// <summary>A parsed topology spread constraint (upstream's topologySpreadConstraint).</summary>
internal sealed record SpreadConstraint(
    int MaxSkew,
    string TopologyKey,
    Selector Selector,
    int MinDomains,
    string NodeAffinityPolicy,
    string NodeTaintsPolicy);
