namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a service's proxy subresource.</summary>
[Kind("", "v1", "ServiceProxyOptions")]
public sealed class ServiceProxyOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string? Path { get; set; }
}
