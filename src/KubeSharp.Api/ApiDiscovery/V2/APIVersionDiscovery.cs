using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>The resources served for one version of a group.</summary>
public sealed class APIVersionDiscovery : KubeModel
{
    public string Version { get; set; } = "";

    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("resource")]
    public List<APIResourceDiscovery>? Resources { get; set; }

    /// <summary>One of <see cref="DiscoveryFreshness"/>; kubectl drops a Stale version.</summary>
    public string? Freshness { get; set; }
}
