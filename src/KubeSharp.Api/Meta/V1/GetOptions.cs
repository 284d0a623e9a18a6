namespace KubeSharp.Api.Meta.V1;

/// <summary>Options of a get call.</summary>
[Kind("meta.k8s.io", "v1", "GetOptions")]
public sealed class GetOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string? ResourceVersion { get; set; }
}
