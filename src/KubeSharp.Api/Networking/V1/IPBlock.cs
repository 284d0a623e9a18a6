using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

/// <summary>A CIDR, minus the CIDRs in Except.</summary>
public sealed class IPBlock : KubeModel
{
    public string CIDR { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Except { get; set; }
}
