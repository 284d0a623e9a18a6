namespace KubeSharp.ApiServer.Request;

/// <summary>
/// What a request is about, parsed from its path and method exactly as upstream's
/// <c>apiserver/pkg/endpoints/request.RequestInfoFactory</c> does: authorization, metrics, audit and
/// routing all read it.
/// </summary>
public sealed record RequestInfo
{
    /// <summary>True for <c>/api/…</c> and <c>/apis/…</c> paths that name a resource; false for everything else.</summary>
    public bool IsResourceRequest { get; init; }

    /// <summary>The URL path, for non-resource requests.</summary>
    public string Path { get; init; } = "";

    /// <summary>
    /// The Kubernetes verb: get, list, watch, create, update, patch, delete, deletecollection, proxy for resource
    /// requests; the lower-cased HTTP method for non-resource requests.
    /// </summary>
    public string Verb { get; init; } = "";

    /// <summary><c>api</c> or <c>apis</c>.</summary>
    public string ApiPrefix { get; init; } = "";

    public string ApiGroup { get; init; } = "";

    public string ApiVersion { get; init; } = "";

    public string Namespace { get; init; } = "";

    public string Resource { get; init; } = "";

    public string Subresource { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The path segments starting at the resource (resource, name, subresource, anything after).</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}
