using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The desired state of a node.</summary>
public sealed class NodeSpec : KubeModel
{
    public string? PodCIDR { get; set; }

    /// <summary>At most one per IP family; the first equals podCIDR.</summary>
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Set)]
    public List<string>? PodCIDRs { get; set; }

    /// <summary>PROVIDER://ID.</summary>
    public string? ProviderID { get; set; }

    /// <summary>Set by kubectl cordon.</summary>
    public bool? Unschedulable { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<Taint>? Taints { get; set; }

    /// <summary>Deprecated: dynamic kubelet configuration was removed.</summary>
    public NodeConfigSource? ConfigSource { get; set; }

    /// <summary>Deprecated; its wire name is <c>externalID</c>.</summary>
    [JsonPropertyName("externalID")]
    public string? DoNotUseExternalID { get; set; }
}
