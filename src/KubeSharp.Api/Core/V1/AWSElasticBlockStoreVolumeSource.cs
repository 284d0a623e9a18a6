namespace KubeSharp.Api.Core.V1;

/// <summary>An AWS EBS disk.</summary>
public sealed class AWSElasticBlockStoreVolumeSource : KubeModel
{
    public string VolumeID { get; set; } = "";

    public string? FSType { get; set; }

    public int? Partition { get; set; }

    public bool? ReadOnly { get; set; }
}
