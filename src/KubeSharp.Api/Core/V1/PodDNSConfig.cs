using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>DNS settings merged into those the dnsPolicy produces.</summary>
public sealed class PodDNSConfig : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Nameservers { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Searches { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<PodDNSConfigOption>? Options { get; set; }
}
