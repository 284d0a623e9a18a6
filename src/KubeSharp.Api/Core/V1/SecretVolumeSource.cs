using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Secret's keys as files.</summary>
public sealed class SecretVolumeSource : KubeModel
{
    /// <summary>The file mode upstream defaults defaultMode to (0644).</summary>
    public const int DefaultModeValue = 420;

    public string? SecretName { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<KeyToPath>? Items { get; set; }

    /// <summary>Decimal on the JSON wire (0644 is 420).</summary>
    public int? DefaultMode { get; set; }

    public bool? Optional { get; set; }
}
