using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Ceph filesystem mount.</summary>
public sealed class CephFSVolumeSource : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Monitors { get; set; } = [];

    public string? Path { get; set; }

    public string? User { get; set; }

    public string? SecretFile { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
