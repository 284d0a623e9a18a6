namespace KubeSharp.Api.Authorization.V1;

/// <summary>The attributes of a request for an API resource; "*" means all where noted upstream.</summary>
public sealed class ResourceAttributes : KubeModel
{
    public string? Namespace { get; set; }

    public string? Verb { get; set; }

    public string? Group { get; set; }

    public string? Version { get; set; }

    public string? Resource { get; set; }

    public string? Subresource { get; set; }

    public string? Name { get; set; }

    public FieldSelectorAttributes? FieldSelector { get; set; }

    public LabelSelectorAttributes? LabelSelector { get; set; }
}
