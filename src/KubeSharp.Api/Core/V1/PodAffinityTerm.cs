using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>
/// The pods (selected by labels in some namespaces) a pod should or should not share a topology domain (the value of
/// the node label topologyKey) with.
/// </summary>
public sealed class PodAffinityTerm : KubeModel
{
    /// <summary>Null matches no pods.</summary>
    public LabelSelector? LabelSelector { get; set; }

    /// <summary>With a null namespaceSelector, null or empty means the pod's own namespace.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Namespaces { get; set; }

    public string TopologyKey { get; set; } = "";

    /// <summary>An empty selector matches every namespace.</summary>
    public LabelSelector? NamespaceSelector { get; set; }

    /// <summary>Keys whose values are taken from the incoming pod and ANDed into the selector as key in (value).</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? MatchLabelKeys { get; set; }

    /// <summary>Keys whose values are taken from the incoming pod and ANDed in as key notin (value).</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? MismatchLabelKeys { get; set; }
}
