using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.NodeApi.V1;

/// <summary>Merged into the pod's nodeSelector and tolerations at admission.</summary>
public sealed class Scheduling : KubeModel
{
    [MapType(MapTypeAttribute.Atomic)]
    public Dictionary<string, string>? NodeSelector { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<Toleration>? Tolerations { get; set; }
}
