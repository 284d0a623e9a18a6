using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>One API group: its versions and the preferred one, served at <c>/apis/GROUP</c>.</summary>
[Kind("", "v1", "APIGroup")]
public sealed class APIGroup : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string Name { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<GroupVersionForDiscovery> Versions { get; set; } = [];

    /// <summary>A struct upstream, so always written.</summary>
    public GroupVersionForDiscovery PreferredVersion { get; set; } = new();

    [ListType(ListTypeAttribute.Atomic)]
    public List<ServerAddressByClientCIDR>? ServerAddressByClientCIDRs { get; set; }
}
