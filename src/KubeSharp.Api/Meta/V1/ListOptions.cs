namespace KubeSharp.Api.Meta.V1;

/// <summary>Options of a list or watch call (the query parameters of a collection GET).</summary>
[Kind("meta.k8s.io", "v1", "ListOptions")]
public sealed class ListOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string? LabelSelector { get; set; }

    public string? FieldSelector { get; set; }

    public bool? Watch { get; set; }

    public bool? AllowWatchBookmarks { get; set; }

    public string? ResourceVersion { get; set; }

    /// <summary>One of <see cref="Meta.V1.ResourceVersionMatch"/>.</summary>
    public string? ResourceVersionMatch { get; set; }

    public long? TimeoutSeconds { get; set; }

    public long? Limit { get; set; }

    public string? Continue { get; set; }

    public bool? SendInitialEvents { get; set; }
}
