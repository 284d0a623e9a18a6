namespace KubeSharp.Api.Networking.V1;

public sealed class ParentReference : KubeModel
{
    public string? Group { get; set; }

    public string? Resource { get; set; }

    public string? Namespace { get; set; }

    public string? Name { get; set; }
}
