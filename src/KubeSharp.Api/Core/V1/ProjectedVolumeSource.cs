using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Several sources (secrets, config maps, downward API, tokens, trust bundles) in one directory.</summary>
public sealed class ProjectedVolumeSource : KubeModel
{
    /// <summary>The file mode upstream defaults defaultMode to (0644).</summary>
    public const int DefaultModeValue = 420;

    [ListType(ListTypeAttribute.Atomic)]
    public List<VolumeProjection> Sources { get; set; } = [];

    public int? DefaultMode { get; set; }
}
