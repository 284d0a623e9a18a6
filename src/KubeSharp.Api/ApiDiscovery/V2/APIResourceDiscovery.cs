using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>One resource in aggregated discovery.</summary>
public sealed class APIResourceDiscovery : KubeModel
{
    /// <summary>The plural name used in URLs.</summary>
    public string Resource { get; set; } = "";

    /// <summary>The kind this endpoint returns; null when the resource only has subresources.</summary>
    public GroupVersionKind? ResponseKind { get; set; }

    /// <summary>One of <see cref="ResourceScope"/>.</summary>
    public string Scope { get; set; } = "";

    public string SingularResource { get; set; } = "";

    [ListType(ListTypeAttribute.Set)]
    public List<string> Verbs { get; set; } = [];

    [ListType(ListTypeAttribute.Set)]
    public List<string>? ShortNames { get; set; }

    [ListType(ListTypeAttribute.Set)]
    public List<string>? Categories { get; set; }

    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("subresource")]
    public List<APISubresourceDiscovery>? Subresources { get; set; }
}
