using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Pod and container fields written as files.</summary>
public sealed class DownwardAPIVolumeSource : KubeModel
{
    /// <summary>The file mode upstream defaults defaultMode to (0644).</summary>
    public const int DefaultModeValue = 420;

    [ListType(ListTypeAttribute.Atomic)]
    public List<DownwardAPIVolumeFile>? Items { get; set; }

    public int? DefaultMode { get; set; }
}
