using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Downward API files in a projected volume.</summary>
public sealed class DownwardAPIProjection : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<DownwardAPIVolumeFile>? Items { get; set; }
}
