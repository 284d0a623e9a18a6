namespace KubeSharp.Api.Meta.V1;

/// <summary>A group, version and kind as discovery writes them; every field always written.</summary>
public sealed class GroupVersionKind : KubeModel
{
    public string Group { get; set; } = "";

    public string Version { get; set; } = "";

    public string Kind { get; set; } = "";
}
