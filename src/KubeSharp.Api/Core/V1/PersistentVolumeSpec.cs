using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The specification of a PersistentVolume; the volume source fields are inherited (inline upstream).</summary>
public sealed class PersistentVolumeSpec : PersistentVolumeSource
{
    public Dictionary<string, Quantity>? Capacity { get; set; }

    /// <summary>Values of <see cref="PersistentVolumeAccessMode"/>.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? AccessModes { get; set; }

    /// <summary>The claim this volume is bound to; claim.spec.volumeName is the authoritative side of the bind.</summary>
    [StructType(StructTypeAttribute.Granular)]
    public ObjectReference? ClaimRef { get; set; }

    /// <summary>One of <see cref="PersistentVolumeReclaimPolicy"/>.</summary>
    public string? PersistentVolumeReclaimPolicy { get; set; }

    public string? StorageClassName { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? MountOptions { get; set; }

    /// <summary>One of <see cref="PersistentVolumeMode"/>; Filesystem when unset.</summary>
    public string? VolumeMode { get; set; }

    public VolumeNodeAffinity? NodeAffinity { get; set; }

    public string? VolumeAttributesClassName { get; set; }
}
