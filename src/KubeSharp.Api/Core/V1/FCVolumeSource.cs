using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Fibre Channel volume: wwids, or targetWWNs with lun.</summary>
public sealed class FCVolumeSource : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? TargetWWNs { get; set; }

    public int? Lun { get; set; }

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    [JsonPropertyName("wwids")]
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? WWIDs { get; set; }
}
