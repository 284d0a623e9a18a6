namespace KubeSharp.Api.Core.V1;

/// <summary>The nodes a PersistentVolume can be reached from.</summary>
public sealed class VolumeNodeAffinity : KubeModel
{
    public NodeSelector? Required { get; set; }
}
