using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The limits a LimitRange enforces.</summary>
public sealed class LimitRangeSpec : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<LimitRangeItem> Limits { get; set; } = [];
}
