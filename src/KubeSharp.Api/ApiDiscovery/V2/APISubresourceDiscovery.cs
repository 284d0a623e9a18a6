using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>One subresource (status, scale, log, exec, …) in aggregated discovery.</summary>
public sealed class APISubresourceDiscovery : KubeModel
{
    public string Subresource { get; set; } = "";

    /// <summary>Null for subresources that return no regular object, such as exec.</summary>
    public GroupVersionKind? ResponseKind { get; set; }

    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("group", "version", "kind")]
    public List<GroupVersionKind>? AcceptedTypes { get; set; }

    [ListType(ListTypeAttribute.Set)]
    public List<string> Verbs { get; set; } = [];
}
