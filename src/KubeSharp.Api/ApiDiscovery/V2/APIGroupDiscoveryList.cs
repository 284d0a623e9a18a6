namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>
/// Aggregated discovery: every group with all its versions and resources in one document, served at /api and
/// /apis when the client asks for <c>application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList</c>.
/// </summary>
[Kind("apidiscovery.k8s.io", "v2", "APIGroupDiscoveryList")]
public sealed class APIGroupDiscoveryList : KubeList<APIGroupDiscovery>;
