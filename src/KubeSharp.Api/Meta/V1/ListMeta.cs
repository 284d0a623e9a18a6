namespace KubeSharp.Api.Meta.V1;

/// <summary>Metadata of a list response: resourceVersion, the continue token and the remaining count.</summary>
public sealed class ListMeta : KubeModel
{
    public string? SelfLink { get; set; }

    public string? ResourceVersion { get; set; }

    public string? Continue { get; set; }

    public long? RemainingItemCount { get; set; }
}
