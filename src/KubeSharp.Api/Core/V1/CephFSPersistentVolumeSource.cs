using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Ceph filesystem backing a PersistentVolume.</summary>
public sealed class CephFSPersistentVolumeSource : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Monitors { get; set; } = [];

    public string? Path { get; set; }

    public string? User { get; set; }

    public string? SecretFile { get; set; }

    public SecretReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
