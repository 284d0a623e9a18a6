namespace KubeSharp.Api.Core.V1;

/// <summary>Identifiers and versions a node reports; every string field is always written.</summary>
public sealed class NodeSystemInfo : KubeModel
{
    public string MachineID { get; set; } = "";

    public string SystemUUID { get; set; } = "";

    public string BootID { get; set; } = "";

    /// <summary>From uname -r.</summary>
    public string KernelVersion { get; set; } = "";

    /// <summary>From /etc/os-release.</summary>
    public string OSImage { get; set; } = "";

    /// <summary>Such as containerd://1.7.0.</summary>
    public string ContainerRuntimeVersion { get; set; } = "";

    public string KubeletVersion { get; set; } = "";

    /// <summary>Deprecated.</summary>
    public string KubeProxyVersion { get; set; } = "";

    public string OperatingSystem { get; set; } = "";

    public string Architecture { get; set; } = "";

    public NodeSwapStatus? Swap { get; set; }
}
