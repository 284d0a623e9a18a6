namespace KubeSharp.Runtime.Oci;

/// <summary>
/// What a container joins from its sandbox: namespace paths (null = the host's), the infra process for a
/// shared PID namespace, and the per-sandbox files bind-mounted into every container.
/// </summary>
internal sealed record SandboxNamespaces
{
    public string? Network { get; init; }

    public string? Ipc { get; init; }

    public string? Uts { get; init; }

    /// <summary>PID of the infra process owning the pod's PID namespace (shareProcessNamespace), if any.</summary>
    public int? InfraPid { get; init; }

    public string Hostname { get; init; } = "";

    public string? HostnameFile { get; init; }

    public string? HostsFile { get; init; }

    public string? ResolvConfFile { get; init; }

    /// <summary>The sandbox's /dev/shm tmpfs; null for host IPC.</summary>
    public string? ShmDirectory { get; init; }

    public string CgroupParent { get; init; } = "";
}
