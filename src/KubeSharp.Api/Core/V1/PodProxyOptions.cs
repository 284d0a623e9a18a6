namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a pod's proxy subresource.</summary>
[Kind("", "v1", "PodProxyOptions")]
public sealed class PodProxyOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string? Path { get; set; }
}
