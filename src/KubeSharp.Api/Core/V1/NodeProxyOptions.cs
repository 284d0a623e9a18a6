namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a node's proxy subresource.</summary>
[Kind("", "v1", "NodeProxyOptions")]
public sealed class NodeProxyOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string? Path { get; set; }
}
