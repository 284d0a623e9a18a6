using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Storage.V1;

/// <summary>A class of storage that PersistentVolumes can be dynamically provisioned from.</summary>
[Kind("storage.k8s.io", "v1", "StorageClass")]
public sealed class StorageClass : KubeObject
{
    public string Provisioner { get; set; } = "";

    public Dictionary<string, string>? Parameters { get; set; }

    /// <summary>"Delete" (the default) or "Retain"; core/v1 PersistentVolumeReclaimPolicy.</summary>
    public string? ReclaimPolicy { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? MountOptions { get; set; }

    public bool? AllowVolumeExpansion { get; set; }

    /// <summary>Values in the VolumeBindingMode constants; Immediate when unset.</summary>
    public string? VolumeBindingMode { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<TopologySelectorTerm>? AllowedTopologies { get; set; }
}
