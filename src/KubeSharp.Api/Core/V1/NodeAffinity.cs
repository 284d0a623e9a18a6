using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Rules on the labels of the node a pod runs on.</summary>
public sealed class NodeAffinity : KubeModel
{
    public NodeSelector? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    /// <summary>Nodes with the greatest sum of matching weights are preferred.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<PreferredSchedulingTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}
