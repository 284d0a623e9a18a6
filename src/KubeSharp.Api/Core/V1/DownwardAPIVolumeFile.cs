namespace KubeSharp.Api.Core.V1;

/// <summary>One file of a downward API volume: a pod field or a container resource.</summary>
public sealed class DownwardAPIVolumeFile : KubeModel
{
    public string Path { get; set; } = "";

    /// <summary>Only annotations, labels, name, namespace and uid.</summary>
    public ObjectFieldSelector? FieldRef { get; set; }

    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    public int? Mode { get; set; }
}
