using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

/// <summary>Rules evaluated in order on each pod failure; the first match decides.</summary>
public sealed class PodFailurePolicy : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<PodFailurePolicyRule> Rules { get; set; } = [];
}
