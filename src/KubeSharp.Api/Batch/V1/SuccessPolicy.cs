using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

public sealed class SuccessPolicy : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<SuccessPolicyRule> Rules { get; set; } = [];
}
