namespace KubeSharp.Api.Core.V1;

/// <summary>A vSphere virtual disk.</summary>
public sealed class VsphereVirtualDiskVolumeSource : KubeModel
{
    public string VolumePath { get; set; } = "";

    public string? FSType { get; set; }

    public string? StoragePolicyName { get; set; }

    public string? StoragePolicyID { get; set; }
}
