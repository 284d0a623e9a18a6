using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>An Azure data disk.</summary>
public sealed class AzureDiskVolumeSource : KubeModel
{
    public string DiskName { get; set; } = "";

    [JsonPropertyName("diskURI")]
    public string DataDiskURI { get; set; } = "";

    /// <summary>One of <see cref="AzureDataDiskCachingMode"/>; ReadWrite by default.</summary>
    public string? CachingMode { get; set; }

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    /// <summary>One of <see cref="AzureDataDiskKind"/>; Shared by default.</summary>
    public string? Kind { get; set; }
}
