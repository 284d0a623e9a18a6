using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Scheduler.Framework;

/// <summary>A parsed pod (anti-)affinity term (upstream's framework.AffinityTerm).</summary>
public sealed class AffinityTerm
{
    public required IReadOnlySet<string> Namespaces { get; init; }

    public required Selector Selector { get; init; }

    public required string TopologyKey { get; init; }

    /// <summary><see cref="Selector.Nothing"/> when the term has no namespace selector.</summary>
    public required Selector NamespaceSelector { get; init; }

    /// <summary>Upstream's AffinityTerm.Matches: the pod's namespace is listed or selected, and its labels match.</summary>
    public bool Matches(Pod pod, IReadOnlyDictionary<string, string>? namespaceLabels)
    {
        var ns = pod.Metadata.Namespace ?? "";
        if (Namespaces.Contains(ns) || NamespaceSelector.Matches(namespaceLabels))
        {
            return Selector.Matches(pod.Metadata.Labels);
        }

        return false;
    }
}
