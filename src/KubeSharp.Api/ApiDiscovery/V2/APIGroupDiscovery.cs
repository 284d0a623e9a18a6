using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>
/// One group in aggregated discovery; metadata.name is the group ("" for the core group). Versions are in
/// descending order of preference.
/// </summary>
[Kind("apidiscovery.k8s.io", "v2", "APIGroupDiscovery")]
public sealed class APIGroupDiscovery : KubeObject
{
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("version")]
    public List<APIVersionDiscovery>? Versions { get; set; }
}
