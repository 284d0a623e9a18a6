namespace KubeSharp.Api.Meta.V1;

/// <summary>Options of a request for a <see cref="Table"/>.</summary>
[Kind("meta.k8s.io", "v1", "TableOptions")]
public sealed class TableOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    /// <summary>One of <see cref="IncludeObjectPolicy"/>; Metadata by default.</summary>
    public string? IncludeObject { get; set; }
}
