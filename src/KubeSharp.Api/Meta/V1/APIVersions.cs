using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>The versions of the legacy core API, served at <c>/api</c>.</summary>
[Kind("", "v1", "APIVersions")]
public sealed class APIVersions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Versions { get; set; } = [];

    /// <summary>Always written, even when empty.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<ServerAddressByClientCIDR> ServerAddressByClientCIDRs { get; set; } = [];
}
