using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>What a claim asks for: access modes, size, class, and optionally a data source.</summary>
public sealed class PersistentVolumeClaimSpec : KubeModel
{
    /// <summary>Values of <see cref="PersistentVolumeAccessMode"/>.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? AccessModes { get; set; }

    public LabelSelector? Selector { get; set; }

    /// <summary>A struct upstream, so always written.</summary>
    public VolumeResourceRequirements Resources { get; set; } = new();

    /// <summary>The PersistentVolume bound to this claim.</summary>
    public string? VolumeName { get; set; }

    /// <summary>Null means the default class; "" means no class.</summary>
    public string? StorageClassName { get; set; }

    /// <summary>One of <see cref="PersistentVolumeMode"/>.</summary>
    public string? VolumeMode { get; set; }

    public TypedLocalObjectReference? DataSource { get; set; }

    public TypedObjectReference? DataSourceRef { get; set; }

    public string? VolumeAttributesClassName { get; set; }
}
