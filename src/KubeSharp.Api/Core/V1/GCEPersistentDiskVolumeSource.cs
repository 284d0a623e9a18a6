namespace KubeSharp.Api.Core.V1;

/// <summary>A Google Compute Engine persistent disk.</summary>
public sealed class GCEPersistentDiskVolumeSource : KubeModel
{
    public string PDName { get; set; } = "";

    public string? FSType { get; set; }

    public int? Partition { get; set; }

    public bool? ReadOnly { get; set; }
}
