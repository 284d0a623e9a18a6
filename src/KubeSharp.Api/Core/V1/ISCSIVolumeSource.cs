using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An iSCSI disk.</summary>
public sealed class ISCSIVolumeSource : KubeModel
{
    /// <summary>IP or ip:port (default ports 860 and 3260).</summary>
    public string TargetPortal { get; set; } = "";

    public string IQN { get; set; } = "";

    public int Lun { get; set; }

    /// <summary>Defaults to "default" (tcp).</summary>
    public string? ISCSIInterface { get; set; }

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Portals { get; set; }

    [JsonPropertyName("chapAuthDiscovery")]
    public bool? DiscoveryCHAPAuth { get; set; }

    [JsonPropertyName("chapAuthSession")]
    public bool? SessionCHAPAuth { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public string? InitiatorName { get; set; }
}
