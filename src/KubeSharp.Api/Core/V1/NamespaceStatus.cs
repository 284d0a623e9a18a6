using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a namespace.</summary>
public sealed class NamespaceStatus : KubeModel
{
    /// <summary>One of <see cref="NamespacePhase"/>.</summary>
    public string? Phase { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<NamespaceCondition>? Conditions { get; set; }
}
